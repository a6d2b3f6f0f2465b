-- Tests of saring.text.  Run as: build/saring lua tests/lua/test_text.lua
local saring = require "saring"
local text = require "saring.text"

local function eq(got, want, what)
  if got ~= want then
    error(string.format("%s: got %q, want %q", what or "value", tostring(got), tostring(want)), 2)
  end
end

-- f calls the helper by its field name, as a script does, so the message
-- names the function the way a user sees it.
local function raises(pattern, f)
  local ok, err = pcall(f)
  if ok then error("expected an error matching " .. pattern, 2) end
  if not tostring(err):find(pattern, 1, true) then
    error(string.format("error %q does not contain %q", tostring(err), pattern), 2)
  end
end

-- Collects an iterator's triples as "text@start-stop" joined by "|", and
-- checks that each segment is exactly s:sub(start, stop).
local function collect(s, iter)
  local out = {}
  for seg, a, b in iter(s) do
    local src = type(s) == "string" and s or s.text
    eq(src:sub(a, b), seg, "segment matches its span")
    out[#out + 1] = seg .. "@" .. a .. "-" .. b
  end
  return table.concat(out, "|")
end

local function segs(s, iter)
  local out = {}
  for seg in iter(s) do out[#out + 1] = seg end
  return table.concat(out, "|")
end

-- normalize / casefold (the lead's behaviour, kept)
eq(text.normalize("cafe\u{301}"), "caf\u{e9}")
eq(text.normalize("caf\u{e9}", "NFD"), "cafe\u{301}")
eq(text.normalize("\u{fb01}x", "nfkc"), "fix")
eq(text.normalize("\u{212b}"), "\u{c5}", "singleton decomposition")
eq(text.normalize("plain"), "plain")
eq(text.normalize(""), "")
eq(text.normalize("a\0e\u{301}"), "a\0\u{e9}", "NUL bytes pass through")
local r, msg = text.normalize("bad \xff")
eq(r, nil); eq(msg, "invalid UTF-8")
raises("bad argument #1 to 'normalize' (string expected, got nil)", function() return text.normalize(nil) end)
raises("bad argument #2 to 'normalize'", function() return text.normalize("x", "NFX") end)
eq(text.casefold("StraSSe \u{1E9E} \u{130}"), "strasse ss i\u{307}")
eq(text.casefold("ABC"), "abc")
raises("bad argument #1 to 'casefold' (string expected, got table)", function() return text.casefold({}) end)

-- strip_accents
eq(text.strip_accents("B\u{e0}s\u{e0}\u{f1} Ti\u{1ebf}ng Vi\u{1ec7}t"), "Basan Tieng Viet")
eq(text.strip_accents("cafe\u{301}"), "cafe")
eq(text.strip_accents("\u{f8}"), "\u{f8}")
eq(text.strip_accents(""), "")
r, msg = text.strip_accents("\xc3")
eq(r, nil); eq(msg, "invalid UTF-8")
raises("bad argument #1 to 'strip_accents' (string expected, got no value)", function() return text.strip_accents() end)

-- category / script
eq(text.category("A"), "Lu"); eq(text.category(0x61), "Ll"); eq(text.category("\u{301}"), "Mn")
eq(text.category(" "), "Zs"); eq(text.category("Abc"), "Lu", "first character")
eq(text.script("A"), "Latin"); eq(text.script("\u{416}"), "Cyrillic"); eq(text.script(0x4E2D), "Han")
eq(text.script("\u{639}"), "Arabic"); eq(text.script("\u{5e9}"), "Hebrew"); eq(text.script("\u{915}"), "Devanagari")
eq(text.script("\u{e01}"), "Thai"); eq(text.script("\u{3042}"), "Hiragana"); eq(text.script("\u{30a2}"), "Katakana")
eq(text.script("\u{d55c}"), "Hangul"); eq(text.script("\u{3b1}"), "Greek"); eq(text.script("1"), "Common")
eq(text.script("\u{a984}"), "Javanese"); eq(text.script(0x378), "Unknown")
raises("bad argument #1 to 'category' (code point out of range)", function() return text.category(0x110000) end)
raises("bad argument #1 to 'script' (code point out of range)", function() return text.script(-1) end)
raises("bad argument #1 to 'category' (empty string)", function() return text.category("") end)
raises("bad argument #1 to 'category' (invalid UTF-8)", function() return text.category("\xff") end)
raises("bad argument #1 to 'script' (string or integer expected, got nil)", function() return text.script(nil) end)

-- graphemes / truncate
eq(text.graphemes(""), 0)
eq(text.graphemes("abc"), 3)
eq(text.graphemes("e\u{301}\r\n\u{1F1EE}\u{1F1E9}"), 3)
eq(text.graphemes("a\0b"), 3)
eq(text.truncate("e\u{301}e\u{301}x", 1), "e\u{301}")
eq(text.truncate("e\u{301}e\u{301}x", 2), "e\u{301}e\u{301}")
eq(text.truncate("abc", 10), "abc")
eq(text.truncate("abc", 0), "")
raises("bad argument #2 to 'truncate' (negative length)", function() return text.truncate("abc", -1) end)
raises("bad argument #2 to 'truncate' (number expected, got no value)", function() return text.truncate("abc") end)

-- validate / repair
eq(text.validate("caf\u{e9}"), true)
eq(text.validate(""), true)
local ok, off = text.validate("ab\xffcd")
eq(ok, false); eq(off, 3)
ok, off = text.validate("\xe2\x82")
eq(ok, false); eq(off, 1)
local fixed, n = text.repair("ab\xffc\xe2\x82d\u{fffd}")
eq(fixed, "ab\u{fffd}c\u{fffd}d\u{fffd}"); eq(n, 2)
fixed, n = text.repair("fine")
eq(fixed, "fine"); eq(n, 0)
eq(text.validate((text.repair("\xed\xa0\x80\xc0\xaf\xf4\x90\x80\x80"))), true)

-- clean_spaces
eq(text.clean_spaces("  a\u{a0}\u{a0}b\u{200b}c\u{ad}d\r\n\te\u{3000}f  \r\nx\0y\u{feff}"), "a bcd\ne f\nxy")
eq(text.clean_spaces("clean"), "clean")
eq(text.clean_spaces(""), "")

-- words / count_words
eq(text.count_words(""), 0)
eq(text.count_words("Kim Jong-un membeli e-paper seharga Rp12.000 (naik 1,3 persen) di U.S. kemarin."), 12)
eq(segs("Kim Jong-un, e-paper 5.000 1,3 Rp12.000 U.S. don't Ma\u{2019}ruf.", text.words),
   "Kim|Jong-un|e-paper|5.000|1,3|Rp12.000|U.S.|don't|Ma\u{2019}ruf")
eq(collect("Halo, dunia!", text.words), "Halo@1-4|dunia@7-11")
eq(collect("", text.words), "")
eq(segs("a\0b \xff c", text.words), "a|b|c")
raises("bad argument #1 to 'words' (string expected, got nil)", function() return text.words(nil) end)
raises("bad argument #1 to 'count_words' (string expected, got boolean)", function() return text.count_words(true) end)

-- sentences
eq(segs("Dia tinggal di Jl. Sudirman No. 5. Lalu dr. Budi datang. \"Saya pergi.\" Kata R. Heryanto dll. dan Mrs. Ani.", text.sentences),
   "Dia tinggal di Jl. Sudirman No. 5.|Lalu dr. Budi datang.|\"Saya pergi.\"|Kata R. Heryanto dll. dan Mrs. Ani.")
eq(segs("Harga naik 1.5 persen. Ok!", text.sentences), "Harga naik 1.5 persen.|Ok!")
eq(collect("  Satu.  Dua?\n\nTiga", text.sentences), "Satu.@3-7|Dua?@10-13|Tiga@16-19")
eq(collect("", text.sentences), "")

-- lines (positions exclude the line break) and paragraphs
eq(collect("a\r\nbb\n\nc", text.lines), "a@1-1|bb@4-5|@7-6|c@8-8")
eq(collect("a\n", text.lines), "a@1-1")
eq(collect("", text.lines), "")
eq(collect("\n", text.lines), "@1-0")
eq(collect("p1 a\np1 b\n\n \n\np2\n", text.paragraphs), "p1 a\np1 b@1-9|p2@15-16")
eq(collect("", text.paragraphs), "")

-- every helper takes a document and reads its buffer
local doc = saring.doc { text = "Judul Berita\n\nJakarta - Presiden datang. Harga Rp5.000 naik.\n" }
eq(text.count_words(doc), 8)
eq(collect(doc, text.lines), "Judul Berita@1-12|@14-13|Jakarta - Presiden datang. Harga Rp5.000 naik.@15-60")
eq(segs(doc, text.sentences), "Judul Berita|Jakarta - Presiden datang.|Harga Rp5.000 naik.")
eq(segs(doc, text.paragraphs), "Judul Berita|Jakarta - Presiden datang. Harga Rp5.000 naik.")
eq(segs(doc, text.words), "Judul|Berita|Jakarta|Presiden|datang|Harga|Rp5.000|naik")
eq(text.normalize(doc), doc.text)
eq(text.graphemes(doc), #doc)
eq(text.validate(doc), true)
eq(text.truncate(doc, 5), "Judul")
-- the text may be replaced while iterating: the iterator follows the new text
local seen = {}
for w in text.words(doc) do
  seen[#seen + 1] = w
  if #seen == 1 then doc.text = "x" end
end
eq(#seen, 1, "iteration stops when the text shrinks below the cursor")

-- huge input: 20 MB through every helper
local big = string.rep("Harga Rp5.000 naik, kata dr. Budi. ", 600000)
eq(text.count_words(big), 6 * 600000)
local nsent = 0
for _ in text.sentences(big) do nsent = nsent + 1 end
eq(nsent, 600000)
eq(text.normalize(big), big)
eq(text.clean_spaces(big), big:sub(1, -2))
eq(text.graphemes(big), #big)
eq(#text.truncate(big, 10), 10)

-- count_tokens: Python's [w.strip(string.punctuation) for w in s.split()]
-- without the empty ones; seps also separate tokens.
eq(text.count_tokens(""), 0)
eq(text.count_tokens("a b"), 2)
eq(text.count_tokens("-- a, b; ... (c)"), 3)
eq(text.count_tokens("\u{201C}Kami\u{201D}\u{2014}kata"), 1)
eq(text.count_tokens("\u{201C}Kami\u{201D}\u{2014}kata", "\u{201C}\u{201D}\u{2014}"), 2)
eq(text.count_tokens("x\u{A0}y\u{2003}z\u{3000}w\u{85}v"), 5)
eq(text.count_tokens("\x1cx\x1dy\tz\v"), 3)
eq(text.count_tokens("\xff \xfe"), 2)
eq(text.count_tokens("a|b c", "|"), 3)
eq(text.count_tokens(string.rep("kata, ", 100)), 100)
eq(text.count_tokens(string.rep("a - ", 50) .. string.rep("-- ", 40) .. "b"), 51)
eq(text.count_tokens(string.rep("word ", 20) .. "--x " .. string.rep("w ", 20)), 41)
eq(text.count_tokens(saring.doc{text = "Satu dua, tiga."}), 3)
assert(not pcall(text.count_tokens, "a", "\xff"))

print("test_text.lua: ok")
