-- Tests of saring.re (PCRE2).  Run as: build/saring lua tests/lua/test_re.lua
local re = require "saring.re"

local expect = dofile("tests/lua/expect.lua")
local eq = expect.eq

local function same(t, want, what)
  eq(#t, #want, (what or "list") .. " length")
  for i = 1, #want do eq(t[i], want[i], (what or "list") .. "[" .. i .. "]") end
end

-- compile and find: 1-based inclusive byte offsets, then captures
local r = re.compile([[(\d+)\s*(persen|%)]])
local s, e, num, unit = r:find("naik 12 persen tahun ini")
eq(s, 6); eq(e, 14); eq(num, "12"); eq(unit, "persen")
eq(r:find("tidak ada angka"), nil)
eq(select("#", r:find("tidak ada angka")), 1, "find returns one nil")

-- find without captures returns only the span
s, e = re.find("Jakarta, Rabu", [[\p{Lu}\w+]], 2)
eq(s, 10); eq(e, 13)
eq(select("#", re.find("abc", "b")), 2)

-- negative init counts from the end; init past the end gives nil
s, e = re.find("aXbXc", "X", -2)
eq(s, 4); eq(e, 4)
eq(re.find("abc", "", 4), 4)
eq(re.find("abc", "", 5), nil)

-- match returns captures, or the whole match when there are none
eq(re.match("Senin, 28/04/2025", [[\d+/\d+/\d+]]), "28/04/2025")
local d, m, y = re.match("Senin, 28/04/2025", [[(\d+)/(\d+)/(\d+)]])
eq(d, "28"); eq(m, "04"); eq(y, "2025")
-- an optional group that did not take part is false
local a, b = re.match("ab", "(a)(x)?")
eq(a, "a"); eq(b, false)

-- UTF-8 and Unicode properties by default: \w covers accented letters
eq(re.match("café olé", [[\w+$]]), "olé")
s, e = re.find("café olé", "olé")
eq(s, 7); eq(e, 10)
eq(re.match("ÉCOLE", "école", 1, "i"), "ÉCOLE")
-- "b" flag: bytes, no Unicode
eq(re.match("é", "^.$", 1, "b"), nil)
eq(re.match("é", "^.$"), "é")

-- flags
eq(re.test("a\nb", "^b$"), false)
eq(re.test("a\nb", "^b$", "m"), true)
eq(re.test("a\nb", "a.b"), false)
eq(re.test("a\nb", "a.b", "s"), true)
eq(re.test("ab", "a b # comment", "x"), true)
local ok, err = pcall(re.compile, "a", "q")
assert(not ok and err:find("unknown flag 'q'"), err)

-- a bad pattern raises with the offset
-- (called directly the function is named 'compile'; through pcall Lua names
-- it by its path in package.loaded, 'saring.re.compile')
ok, err = pcall(function() return re.compile("(ab") end)
assert(not ok, "bad pattern must raise")
assert(err:find("bad argument #1 to 'compile' (missing closing parenthesis at offset 3)", 1, true), err)
ok, err = pcall(function() return re.find("x", "[z") end)
assert(not ok and err:find("bad argument #2 to 'find'", 1, true), err)
ok, err = pcall(re.compile)
assert(not ok and err:find("bad argument #1 to '[%w.]*compile'"), err)

-- gmatch
local words = {}
for w in re.gmatch("Presiden Joko Widodo di Jakarta", [[\p{Lu}\p{Ll}+]]) do words[#words + 1] = w end
same(words, {"Presiden", "Joko", "Widodo", "Jakarta"}, "gmatch")
local pairs_ = {}
for k, v in re.compile([[(\w+)=(\w+)]]):gmatch("a=1, b=2") do pairs_[#pairs_ + 1] = k .. v end
same(pairs_, {"a1", "b2"}, "gmatch captures")
-- empty matches follow Perl/Python: "abc" on \w* gives "abc" then ""
local got = {}
for w in re.gmatch("abc", [[\w*]]) do got[#got + 1] = w end
same(got, {"abc", ""}, "gmatch empty")
got = {}
for w in re.gmatch("", "x*") do got[#got + 1] = w end
same(got, {""}, "gmatch on empty string")
got = {}
for w in re.gmatch("añb", "") do got[#got + 1] = w end
eq(#got, 4, "empty pattern matches between characters, not bytes")

-- gsub with a string, %n and $n, a table, a function, and a limit
eq(re.gsub("hello world", [[(\w+)]], "<%1>"), "<hello> <world>")
eq(re.gsub("hello world", [[(\w+)]], "[$1]"), "[hello] [world]")
eq(re.gsub("hello", "l", "%0%0"), "hellllo")
eq(re.gsub("a-b", "-", "%%"), "a%b")
eq(re.gsub("a-b", "-", "US$ 5"), "aUS$ 5b")
eq(re.gsub("2025-04-28", [[(?<y>\d+)-(?<m>\d+)-(?<d>\d+)]], "${d}/${m}/${y}"), "28/04/2025")
local out, n = re.gsub("a b c", " ", "_", 1)
eq(out, "a_b c"); eq(n, 1)
out, n = re.gsub("a b c", "x", "_")
eq(out, "a b c"); eq(n, 0)
eq(re.gsub("Rp 5 dan Rp 7", [[Rp (\d)]], {["5"] = "lima"}), "lima dan Rp 7")
eq(re.gsub("abc", "\\w", function(c) return c:upper() end), "ABC")
eq(re.gsub("abc", "\\w", function(c) if c == "b" then return false end return "." end), ".b.")
eq(re.gsub("abc", "\\w*", "-"), "--", "empty match after a match, as in Python")
eq(re.gsub("", "x*", "-"), "-")
ok, err = pcall(re.gsub, "a", "a", "%2")
assert(not ok and err:find("invalid capture index"), err)
ok, err = pcall(re.gsub, "a", "a", "%q")
assert(not ok and err:find("invalid use of '%'", 1, true), err)
ok, err = pcall(re.gsub, "a", "a", function() return {} end)
assert(not ok and err:find("invalid replacement value"), err)
-- the callback may use the same (cached) regex without confusing the loop
eq(re.gsub("ab ab", "a", function(m) return tostring(re.find("xa", "a")) end), "2b 2b")

-- split
same(re.split("a, b,c", [[\s*,\s*]]), {"a", "b", "c"}, "split")
same(re.split("a,,b", ","), {"a", "", "b"}, "split keeps empty fields")
same(re.split("", ","), {""}, "split of empty")
same(re.split("a b", [[\s*]]), {"a", "b"}, "split on empty matches")
same(re.split("a,b,c", ",", 1), {"a", "b,c"}, "split with max")

-- test
eq(re.test("Baca juga: berita lain", "^baca juga", "i"), true)
eq(re.compile("x"):test(""), false)

-- escape
eq(re.test("a.b(c)", re.escape("a.b(c)")), true)
eq(re.test("aXb(c)", re.escape("a.b(c)")), false)
eq(re.test("1+1 = 2 # x", re.escape("1+1 = 2 # x"), "x"), true)

-- NUL bytes in subjects and patterns
s, e = re.find("a\0b\0c", "b\0c")
eq(s, 3); eq(e, 5)
eq(re.match("x\0y", "\\x00(.)"), "y")
eq(re.test("a\0b", re.escape("\0")), true)

-- invalid UTF-8 subjects give nil, message (never a crash)
local v, msg = re.find("ab\xffcd", "c")
eq(v, nil); assert(msg and msg:find("invalid UTF%-8 at byte 3"), msg)
v, msg = re.gsub("ab\xff", "a", "x"); eq(v, nil); assert(msg)
v, msg = re.split("ab\xff", "a"); eq(v, nil); assert(msg)
v, msg = re.test("\xc3", "a"); eq(v, nil); assert(msg)
ok, err = pcall(re.gmatch, "a\xff", "a")
assert(not ok and err:find("invalid UTF%-8"), err)
-- ... but byte mode takes any bytes
eq(re.match("ab\xffcd", "\\xff(c)", 1, "b"), "c")
-- an init inside a multi-byte character moves to the next character
s = re.find("éa", "a", 2)
eq(s, 3)

-- the compile cache hands back the same object for the same pattern+flags
eq(re.compile("abc"), re.compile("abc"))
assert(re.compile("abc") ~= re.compile("abc", "i"))
for i = 1, 2000 do assert(re.test("k" .. i, "^k" .. i .. "$")) end
eq(tostring(re.compile("a+")), "regex: a+")
eq(re.compile("(a)(b)?"):groups(), 2)

-- a huge subject (tens of MB) in one pass
local big = string.rep("kata biasa ", 3 * 1024 * 1024) .. "angka 42"
eq(#big > 30e6, true)
eq(re.match(big, [[angka (\d+)]]), "42")
local cnt = select(2, re.gsub(big, "biasa", "b"))
eq(cnt, 3 * 1024 * 1024)
eq(#re.split(big, " "), 2 * 3 * 1024 * 1024 + 2)

-- catastrophic backtracking gives nil, message rather than hanging
v, msg = re.find(string.rep("a", 40) .. "b", "^(a+)+$")
eq(v, nil); assert(msg and msg:find("limit"), msg)

print("test_re: ok")
