-- bench/scripts/peer_job.lua (py_news.py's job as a saring pipeline) on
-- small invented pages, so that the like-for-like benchmark cannot rot
-- silently: the expected values are what ../shared/bench/peers/py_news.py
-- writes for the same pages.  Run from the repository root:
--   build/saring lua tests/lua/test_peer_job.lua
local saring = require "saring"
local json   = require "saring.json"
local expect = dofile("tests/lua/expect.lua")
local eq = expect.eq

local pipeline = dofile("bench/scripts/peer_job.lua")

-- Runs the pipeline's stages on one page: the document, or nil and the
-- reason of the stage that dropped it.
local function run(text)
  local doc = saring.doc{text = text, id = "page"}
  for _, stage in ipairs(pipeline.stages) do
    local out, why = stage(doc)
    if not out then return nil, why end
    doc = out
  end
  return doc
end

local BODY1 = "Presiden Prabowo Subianto mengatakan bahwa bantuan itu akan diberikan " ..
  "kepada 5.000 orang di Jakarta mulai pekan depan. Menurut dia, anggaran yang " ..
  "disiapkan mencapai 1,3 juta rupiah untuk setiap keluarga, dan pemerintah juga " ..
  "akan menambah jumlah petugas di lapangan agar penyaluran berjalan lancar dan " ..
  "tepat sasaran bagi warga yang membutuhkan."

-- An Indonesian page: a dateline above the headline, boilerplate around the
-- body, NBSP and a CRLF in the input.
local doc = assert(run(
  "Rabu, 30 April 2025 | 12:30 WIB\r\n" ..
  "Pemerintah\u{A0}Umumkan Bantuan Untuk Warga Di Jakarta\n" ..
  "Baca juga: Harga beras naik lagi di pasar tradisional\n" ..
  "ADVERTISEMENT\n" .. BODY1 .. "\n" ..
  "Bantuan tahap kedua dijadwalkan cair setelah data penerima diperbarui oleh dinas sosial.\n" ..
  "Copyright \u{A9} 2025 Kabar Nusantara. All rights reserved.\n"))
local m = doc.meta
eq(m.title, "Pemerintah Umumkan Bantuan Untuk Warga Di Jakarta", "title")
eq(m.published, "2025-04-30", "published from the dropped dateline")
eq(m.lang, "id", "lang")
eq(m.words, 68, "words")
eq(doc.text, BODY1 .. "\nBantuan tahap kedua dijadwalkan cair setelah data penerima " ..
   "diperbarui oleh dinas sosial.", "text without Baca juga, ADVERTISEMENT, copyright")
eq(#m.quantities, 2, "quantities")
eq(m.quantities[1].text, "5.000 orang", "quantity text")
eq(m.quantities[1].value, 5000, "quantity value")
eq(math.type(m.quantities[1].value), "integer", "integral value is an integer")
eq(m.quantities[2].text, "1,3 juta rupiah", "scaled quantity text")
eq(m.quantities[2].value, 1300000, "scaled quantity value")
eq(m.quantities[2].unit, "rupiah", "quantity unit")
eq(table.concat(m.entities.person, ","), "Prabowo Subianto", "person")
eq(table.concat(m.entities.location, ","), "Jakarta", "location")
eq(#m.entities.organization, 0, "organization")

-- An English page: "April 30, 2025" is no date for py_news (saring.newsdates
-- reads it; the script must not), the numeric date on a dropped short line
-- is; an adjacent duplicate line, a share widget and a tag list go.
local BODY2 = "The ministry said on Tuesday that 600 soldiers and 12 ships would join " ..
  "the exercise near Seoul, and officials in Tokyo confirmed that the talks with the " ..
  "United States would continue after the summit. Kim Jong-un did not comment on the " ..
  "plan, which was announced by the defence minister at a press conference in the capital."
local LEAD = BODY2:match("^(.-%.) ")
doc = assert(run(
  "Posted April 30, 2025\n" ..
  "Drills Near The Border Will Go Ahead, Officials Say\n" ..
  "Diperbarui 17/6/2025 07:00\n" .. BODY2 .. "\n" .. LEAD .. "\n" .. LEAD .. "\n" ..
  "Share\nTags: Korea, Japan\n"))
m = doc.meta
eq(m.title, "Drills Near The Border Will Go Ahead, Officials Say", "title 2")
eq(m.published, "2025-06-17", "numeric date, not the month-first one")
eq(m.lang, "en", "lang 2")
eq(m.words, 99, "words 2")
eq(doc.text, BODY2 .. "\n" .. LEAD, "adjacent duplicate, Share and Tags dropped")
eq(#m.quantities, 4, "quantities 2")
eq(m.quantities[1].text, "600 soldiers", "quantity 2")
eq(table.concat(m.entities.person, ","), "Kim Jong-un", "hyphenated name")
eq(table.concat(m.entities.location, ","), "Seoul,Tokyo", "locations in order")

-- A page without a date and under 50 words is dropped; so is an empty one.
local d, why = run("Judul Singkat Sekali Di Sini\nHanya beberapa kata saja di halaman ini.\n")
eq(d, nil, "short page dropped")
eq(why, "short", "reason")
d, why = run("ADVERTISEMENT\n\nShare\n")
eq(d, nil, "boilerplate-only page dropped")
eq(why, "empty", "reason 2")

-- published is JSON null when no line holds a date.
doc = assert(run("Judul Berita Tanpa Tanggal Hari Ini\n" .. BODY1 .. "\n" .. BODY1:upper() .. "\n"))
eq(doc.meta.published, json.null, "no date")

print("ok")
