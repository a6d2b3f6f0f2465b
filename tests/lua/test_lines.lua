-- Tests of saring.lines (run: build/saring lua tests/lua/test_lines.lua)
local lines = require "saring.lines"
local saring = require "saring"

local expect = dofile("tests/lua/expect.lua")
local eq = expect.eq

-- basic split and features
local n, t = lines.split("Presiden Joko Widodo\n\n  5 orang di Jakarta  \nakhir")
eq(n, 4, "count")
eq(t.n, 4, "t.n")
eq(t.line[1], "Presiden Joko Widodo", "line 1")
eq(t.line[2], "", "empty line")
eq(t.start[2], 22, "start of empty line")
eq(t.stop[2], 21, "stop of empty line = start - 1")
eq(t.line[3], "  5 orang di Jakarta  ", "line kept as is")
eq(t.words[1], 3, "words 1")
eq(t.caps[1], 3, "caps 1")
eq(t.words[3], 4, "words 3")
eq(t.caps[3], 1, "caps 3")
eq(t.digits[3], 1, "digits 3")
eq(t.line[4], "akhir", "last line without break")
local s = "Presiden Joko Widodo\n\n  5 orang di Jakarta  \nakhir"
for i = 1, n do eq(s:sub(t.start[i], t.stop[i]), t.line[i], "span " .. i) end

-- reuse clears the old tail
local n2, t2 = lines.split("a\nb\n", t)
eq(n2, 2, "reuse count")
eq(t2, t, "same table returned")
eq(t.line[3], nil, "old entries cleared")
eq(t.words[4], nil, "old feature entries cleared")
eq(#t.line, 2, "length after reuse")

-- empty text, CR LF, a document
eq((lines.split("")), 0, "empty")
local _, t3 = lines.split("x\r\ny")
eq(t3.line[1], "x", "CR LF")
local doc = saring.doc { text = "Satu\nDua tiga" }
local n4, t4 = lines.split(doc)
eq(n4, 2, "document")
eq(t4.line[2], "Dua tiga", "document line")
eq(t4.caps[2], 1, "document caps")
-- a document's text with every option (each reads the buffer again), and
-- a document whose text a stage set as a Lua string
local long = {}
for i = 1, 200 do long[i] = "Baris Ke " .. i .. " dengan Kata kata yang cukup panjang: foto/AFP." end
local dl = saring.doc { text = table.concat(long, "\n") }
local opts = {low = true, first = true, shape = true, again = 4, again_from = 2}
local nd, td = lines.split(dl, nil, opts)
local ns, ts = lines.split(table.concat(long, "\n"), nil, opts)
eq(nd, ns, "document with options: count")
for i = 1, ns do
  for _, f in ipairs({"line", "start", "stop", "words", "caps", "digits", "runs", "ends", "low",
                      "first", "again", "shape"}) do
    eq(td[f][i], ts[f][i], "document with options: " .. f .. " " .. i)
  end
end
dl.text = "Satu\nDua"
eq(select(2, lines.split(dl)).line[2], "Dua", "document with a string text")
eq(select(2, lines.split(42)).line[1], "42", "a number")

-- curly quote: the word starts at the quote
local _, t5 = lines.split("\u{201C}Kami siap\u{201D} kata Budi")
eq(t5.caps[1], 1, "quote")

-- misuse
local ok, err = pcall(lines.split, nil)
assert(not ok and err:find("bad argument #1 to '[%w.]*split'"), err)
ok, err = pcall(lines.split, "x", 5)
assert(not ok and err:find("bad argument #2 to '[%w.]*split'"), err)

-- a big text
local big = string.rep("Kata Kata kata.\n", 100000)
local nb, tb = lines.split(big)
eq(nb, 100000, "big count")
eq(tb.caps[100000], 2, "big caps")
-- capwords ---------------------------------------------------------------
local text = "Presiden Joko ke Jakarta-Bogor, kata iPhone COVID-19. (AS) \u{201C}Kami\u{201D}"
local nc, c = lines.capwords(text)
eq(nc, 6, "capwords count")
eq(c.word[1], "Presiden", "word 1")
eq(c.lower[1], "presiden", "lower 1")
eq(c.word[3], "Jakarta-Bogor", "hyphenated word")
eq(c.hyphen[3], true, "hyphen flag")
eq(c.hyphen[1], false, "no hyphen")
eq(c.nhyphen, 1, "nhyphen")
eq(c.initial[1], true, "initial at the text start")
eq(c.initial[2], false, "not initial")
eq(c.initial[5], true, "after '. (' ")
local _, ci = lines.capwords("Ia pergi. Dia datang: Kami \u{201C}Kata\u{201D} \u{2014} Budi\nAni")
eq(ci.initial[2], true, "after a full stop")
eq(ci.initial[3], true, "after a colon")
eq(ci.initial[4], false, "after an opening quote after a word")
eq(ci.initial[5], true, "after an em dash")
eq(ci.initial[6], true, "after a line break")
eq(c.word[4], "COVID-19", "word 4")
eq(c.hyphen[4], false, "digit after hyphen")
eq(c.word[5], "AS", "in parentheses")
eq(c.word[6], "Kami", "after a curly quote")
for i = 1, nc do eq(text:sub(c.start[i], c.stop[i]), c.word[i], "capword span " .. i) end
local n7, c7 = lines.capwords(text, 10, c)
eq(n7, 5, "init skips Presiden")
eq(c7.word[6], nil, "capwords reuse clears")
eq(lines.capwords(""), 0, "capwords empty")
eq(lines.capwords(saring.doc { text = "oleh Budi" }), 1, "capwords document")
ok, err = pcall(lines.capwords, "x", 0)
assert(not ok and err:find("bad argument #2"), err)
local long = string.rep("A", 1000) .. "b"
local _, c8 = lines.capwords(long)
eq(c8.lower[1], string.rep("a", 1000) .. "b", "long lower")

-- split: line features and the optional lower case and first word ---------
local fs = "\u{2022} Baca juga: Harga naik.\n-- 12 Mei\n*** ***\n\u{201C}Kata dia\u{201D}  \nSumber : ANTARA"
local nf, f = lines.split(fs, nil, {low = true, first = true})
eq(nf, 5, "features count")
eq(f.runs[1], 5, "runs (the bullet is a run)")
eq(f.runs[3], 0, "symbols only")
eq(f.ends[1], true, "ends with a full stop")
eq(f.ends[2], false, "no sentence end")
eq(f.ends[4], true, "closing curly quote")
eq(f.first[1], "baca", "first word after a bullet")
eq(f.first[2], false, "no first word before a digit")
eq(f.first[4], false, "no first word after a curly quote")
eq(f.low[5], "sumber: antara", "low: lower case, no space before the colon")
eq(f.low[1], "\u{2022} baca juga: harga naik.", "low keeps non-ASCII")
local _, plain = lines.split("A\nB")
eq(plain.low, nil, "no low unless asked")
eq(plain.first, nil, "no first unless asked")
eq(plain.ends[1], false, "ends always there")
local _, f2 = lines.split("X", f, {low = true, first = true})
eq(f2.low[2], nil, "low cleared on reuse")
eq(f2.first[1], "x", "first lower-cased")
local _, f3 = lines.split("Satu dua tiga\nSatu dua", nil, {low = 2})
eq(f3.low[1], nil, "no low for a line of more words than opts.low")
eq(f3.low[2], "satu dua", "low for a short line")
local cap = "Presiden di Jakarta. (Foto: Antara) Presiden di Jakarta. (Foto: Antara)"
local _, f4 = lines.split(cap .. "\nPendek\n" .. string.rep("ab", 30), nil, {again = 20, again_from = 12})
eq(f4.again[1], 37, "again: where the line starts over")
eq(f4.again[2], false, "again: a short line")
eq(f4.again[3], 13, "again: the first occurrence from again_from")
eq(plain.again, nil, "no again unless asked")
local _, f5 = lines.split(string.rep("ab", 30), nil, {again = 20})
eq(f5.again[1], 3, "again_from defaults to 2")
ok, err = pcall(lines.split, "x", nil, {again = 0})
assert(not ok and err:find("bad argument #3"), err)
ok, err = pcall(lines.split, "x", nil, 5)
assert(not ok and err:find("bad argument #3"), err)

-- head and heads ----------------------------------------------------------
eq(lines.head("\u{201C}Kami sangat prihatin dengan perkembangan ini"),
   "kami sangat prihatin dengan perkembangan", "head after a quote")
eq(lines.head("- Satu dua tiga empat"), "- satu dua tiga empat", "head backtracks into the dash")
eq(lines.head("satu dua tiga"), nil, "too few words")
eq(lines.head("JAKARTA - Satu dua tiga empat lima", 11), "satu dua tiga empat lima", "head from init")
eq(lines.head("Satu dua tiga", 1, 3), "satu dua tiga", "nwords")
eq(lines.head("abc", 5), nil, "init past the end")
local para = "Ia pergi ke pasar pagi ini. Dia datang: Kami pergi bersama. Lalu pulang. \"Itu dia kata Budi hari ini."
local nh, h = lines.heads(para)
eq(nh, 4, "heads count")
eq(h[1], "ia pergi ke pasar pagi", "head of the paragraph")
eq(h[2], "dia datang: kami pergi bersama", "head of sentence 2")
eq(h[3], "lalu pulang. \"itu dia kata", "a head may run past its sentence")
eq(h[4], "itu dia kata budi hari", "after an opening quote")
local nh2, h2 = lines.heads("Ya. Dua tiga empat", 1, 5, h)
eq(nh2, 2, "heads reuse count")
eq(h2, h, "same table")
eq(h[1], false, "no head: false")
eq(h[2], false, "no head after the sentence start either")
eq(h[3], nil, "heads reuse clears")
eq((lines.heads(saring.doc { text = "Ada lima kata di sini. Dan lima lagi di sini" })), 2, "heads document")
ok, err = pcall(lines.head, "x", 0)
assert(not ok and err:find("bad argument #2"), err)
ok, err = pcall(lines.heads, "x", 1, 0)
assert(not ok and err:find("bad argument #3"), err)
ok, err = pcall(lines.heads, "x", 1, 5, "t")
assert(not ok and err:find("bad argument #4"), err)

-- key ---------------------------------------------------------------------
eq(lines.key("Harga: Rp 5.000, \u{201C}Naik\u{201D}!"), "hargarp5000\u{201C}naik\u{201D}", "key")
eq(lines.key(" .,; "), "", "key of symbols")
eq(lines.key(string.rep("A-b ", 300)), string.rep("ab", 300), "long key")
eq(lines.key(saring.doc { text = "Oleh: BUDI" }), "olehbudi", "key of a document")
ok, err = pcall(lines.key, {})
assert(not ok and err:find("bad argument #1"), err)


-- join ---------------------------------------------------------------------
do
  local S = {"Judul", "", "Paragraf satu.", "Menu", "Paragraf dua."}
  local K = {"S", "E", "P", "B", "P"}
  local body, m = lines.join(S, K, 5, "PS")
  eq(body, "Judul\nParagraf satu.\nParagraf dua.", "join kept lines")
  eq(m, 3, "join count")
  eq((lines.join(S, K, 5, "B", " | ")), "Menu", "join other kinds and separator")
  eq((lines.join(S, K, 3, "PS", "")), "JudulParagraf satu.", "join first n lines, empty separator")
  local none, m0 = lines.join(S, K, 5, "X")
  eq(none, "", "join nothing kept")
  eq(m0, 0, "join nothing kept count")
  eq((lines.join({}, {}, 0, "PS")), "", "join no lines")
  local ok = pcall(lines.join, {1}, {"P"}, 1, "P")
  eq(ok, false, "join: a kept line that is no string")
  ok = pcall(lines.join, S, K, 5)
  eq(ok, false, "join: keep is required")
end


-- split without spans
do
  local n, t = lines.split("Satu dua\n\nTiga", nil, {spans = false})
  eq(n, 3, "spans=false count")
  eq(t.start, nil, "spans=false: no start array")
  eq(t.stop, nil, "spans=false: no stop array")
  eq(t.words[1], 2, "spans=false: features still there")
  local _, t2 = lines.split("Satu dua\n\nTiga", nil, {spans = true})
  eq(t2.start[3], 11, "spans=true start")
end

-- lowindex: the lower case of a line, made when first asked for, as split's
-- low array has it
do
  local raises = expect.raises
  local text = "Sumber : ANTARA\n\nBACA JUGA:  Harga Naik\n" .. string.rep("X y ", 200)
  local _, t = lines.split(text, nil, {low = true})
  local S = t.line
  local LOW = setmetatable({}, {__index = lines.lowindex(S)})
  for i = 1, t.n do eq(LOW[i], t.low[i], "lowindex line " .. i) end
  eq(rawget(LOW, 1), "sumber: antara", "lowindex stores what it made")
  eq(LOW[t.n + 1], nil, "lowindex: no line, nil")
  eq(LOW.x, nil, "lowindex: a key that is no line number, nil")
  S[1] = "Lain"                              -- a made entry stays as it was
  eq(LOW[1], "sumber: antara", "lowindex: made once")
  S[9] = 42                                  -- only strings are lines
  eq(LOW[9], nil, "lowindex: not a string, nil")
  raises("table expected", lines.lowindex, "x")
  raises("table expected", lines.lowindex(S), "x", 1)
end

print("saring.lines: all tests passed")
