-- Tests of the core module `saring`: documents, pipelines and their
-- argument errors, and the four first saring.text helpers.
-- Run as: build/saring lua tests/lua/test_core.lua
local saring = require "saring"
local text = require "saring.text"
local json = require "saring.json"

local expect = dofile("tests/lua/expect.lua")
local eq, raises = expect.eq, expect.raises

-- module fields
eq(type(saring.version), "string")
eq(saring.worker, 1)
eq(saring.workers, 1)
eq(type(saring.options), "table")
eq(type(saring.log.info), "function")

-- saring.doc
local d = saring.doc { text = "Budi pergi ke Jakarta.", id = "x1", meta = { site = "a.com" } }
eq(d.id, "x1")
eq(d.text, "Budi pergi ke Jakarta.")
eq(#d, 22)
eq(d:len(), 22)
eq(d.meta.site, "a.com")
eq(d.source, nil, "a new document has no source")
eq(d.line, nil)
eq(tostring(d), "saring.doc(x1, 22 bytes)")
-- the text is read once and cached; assigning replaces it
eq(d.text, d.text)
d.text = "Ani"
eq(#d, 3)
eq(d.text, "Ani")
d.text = ""
eq(#d, 0)
d.id = "x2"
eq(d.id, "x2")
d.meta.n = 5
eq(d.meta.n, 5)
d.meta = { other = true }
eq(d.meta.other, true)
eq(d.meta.site, nil)
raises("cannot set field 'foo' of a document %(use doc.meta.foo%)", function() d.foo = 1 end)
raises("string expected, got table", function() d.text = {} end)
raises("table expected, got number", function() d.meta = 5 end)
eq(d.nosuchfield, nil)

-- an empty document
local e = saring.doc {}
eq(e.text, "")
eq(#e, 0)
eq(e.id, nil)
eq(next(e.meta), nil)
raises("bad argument #1 to 'doc' %(table expected, got string%)", function() return saring.doc("text") end)
raises("'text'", function() return saring.doc { text = {} } end)

-- tags: 1-based inclusive positions, checked against the text
local t = saring.doc { text = "Budi pergi ke Jakarta." }
t:tag(15, 21, "location", "Jakarta")
t:tag(1, 4, "person")
t:tag(1, 0, "empty", 0.5)
t:tag(23, 22, "at the end")
local all = t:tags()
eq(#all, 4)
eq(all[1].start, 15); eq(all[1].stop, 21); eq(all[1].type, "location"); eq(all[1].value, "Jakarta")
eq(all[2].value, nil)
eq(all[3].value, 0.5)
eq(#t:tags("person"), 1)
eq(#t:tags("none"), 0)
eq(t:tag(1, 1, "chain"), t, "tag returns the document")
raises("start out of the text", function() t:tag(0, 1, "x") end)
raises("start out of the text", function() t:tag(24, 24, "x") end)
raises("stop out of the text", function() t:tag(1, 23, "x") end)
raises("stop out of the text", function() t:tag(5, 3, "x") end)
raises("string or number expected", function() t:tag(1, 2, "x", {}) end)
raises("number expected", function() t:tag("a", 2, "x") end)
t:clear_tags("chain")
eq(#t:tags(), 4)
t:clear_tags()
eq(#t:tags(), 0)

-- Tag strings live in blocks owned by the document: many tags, long values
-- (past one block) and clearing some types leave the others intact.
local body = string.rep("abcdefghij", 100)
local many = saring.doc { text = body }
local long = string.rep("v", 70000)
for i = 1, 3000 do
  local kind = ({ "location", "person", "organization" })[i % 3 + 1]
  many:tag(i % 1000 + 1, i % 1000 + 1, kind, i % 500 == 0 and long or (kind .. i))
end
eq(#many:tags(), 3000)
many:clear_tags("person")
local rest = many:tags()
eq(#rest, 2000)
for _, g in ipairs(rest) do
  if g.value ~= long then
    if g.value:sub(1, #g.type) ~= g.type then error("tag value " .. g.value .. " of type " .. g.type) end
  end
end
eq(#many:tags("organization"), 1000)
eq(#many:tags("person"), 0)

-- pipelines and their argument errors
local p = saring.pipeline { function(x) return x end, saring.stage.normalize "NFKC",
                            saring.stage.named("mine", function(x) return x end),
                            fields = { "id", "text" }, name = "test" }
eq(getmetatable(p) ~= nil, true)
eq(#p.stages, 3)
eq(p.names[2], "normalize(NFKC)")
eq(p.names[3], "mine")
if not p.names[1]:find("test_core.lua:%d+") then error("stage name " .. p.names[1]) end
eq(p.name, "test")
raises("bad argument #1 to 'pipeline' %(table expected, got number%)", function() return saring.pipeline(5) end)
raises("at least one stage", function() return saring.pipeline {} end)
raises("stage #2 is a string, expected a function", function() return saring.pipeline { print, "x" } end)
raises("stage #1 has no function", function() return saring.pipeline { {} } end)
raises("field 'fields' must be a table", function() return saring.pipeline { print, fields = "id" } end)
raises("field 'prepass' must be a function", function() return saring.pipeline { print, prepass = 1 } end)
raises("bad argument #1 to 'normalize' %(expected \"NFC\"", function() return saring.stage.normalize "NFX" end)
raises("bad argument #2 to 'named' %(function expected", function() return saring.stage.named("n", 5) end)

-- the built-in stage works on a document
local nd = saring.doc { text = "e\u{301} \u{FB01}" }
local out = p.stages[2](nd)
eq(out, nd)
eq(nd.text, "\u{e9} fi")

-- saring.text: normalize, casefold, count_words, lines
eq(text.normalize("e\u{301}"), "\u{e9}")
eq(text.normalize("e\u{301}", "NFC"), "\u{e9}")
eq(text.normalize("\u{e9}", "NFD"), "e\u{301}")
eq(text.normalize("\u{FB01}\u{2460}", "NFKC"), "fi1")
eq(text.normalize("\u{FB01}", "NFC"), "\u{FB01}")
eq(text.normalize(""), "")
eq(text.normalize("plain ascii"), "plain ascii")
eq(text.normalize(saring.doc { text = "e\u{301}" }), "\u{e9}", "a document is a text")
raises("bad argument #2 to 'normalize'", function() return text.normalize("x", "NFX") end)
raises("bad argument #1 to 'normalize' %(string expected, got nil%)", function() return text.normalize(nil) end)
-- invalid UTF-8 is a runtime failure: nil and a message, no error
local r, msg = text.normalize("a\xffb")
eq(r, nil)
eq(msg, "invalid UTF-8")

eq(text.casefold("Jakarta ABC"), "jakarta abc")
eq(text.casefold("STRASSE Stra\u{df}e"), "strasse strasse")
eq(text.casefold("\u{130}"), "i\u{307}")
eq(text.casefold(""), "")
eq(select(2, text.casefold("A\xff")), "invalid UTF-8")
raises("bad argument #1 to 'casefold'", function() return text.casefold() end)

eq(text.count_words(""), 0)
eq(text.count_words("   ,.;  "), 0)
eq(text.count_words("Halo dunia"), 2)
eq(text.count_words("Harga naik 5.000 rupiah, kata Jong-un."), 6)
eq(text.count_words("caf\u{e9} na\u{ef}ve"), 2)
eq(text.count_words(saring.doc { text = "satu dua tiga" }), 3)
raises("bad argument #1 to 'count_words'", function() return text.count_words({}) end)

local function collect(s)
  local got = {}
  for line, a, b in text.lines(s) do got[#got + 1] = string.format("%s@%d-%d", line, a, b) end
  return table.concat(got, "|")
end
eq(collect("a\nbb\r\n\nccc"), "a@1-1|bb@3-4|@7-6|ccc@8-10")
eq(collect(""), "")
eq(collect("one"), "one@1-3")
eq(collect("end\n"), "end@1-3")
eq(collect(saring.doc { text = "x\ny" }), "x@1-1|y@3-3")
-- positions index the text directly
local s = "first\r\nsecond\nthird"
for line, a, b in text.lines(s) do eq(s:sub(a, b), line) end

print("test_core: ok")
