-- Tests of saring.hash.  Run as: build/saring lua tests/lua/test_hash.lua
local hash = require "saring.hash"

local expect = dofile("tests/lua/expect.lua")
local eq = expect.eq

-- XXH3 64 and 128: published values for the empty input
eq(hash.xxh64(""), 0x2D06800538D394C2)
eq(hash.xxh128(""), "99aa06d3014798d86001c324468d497f")
eq(math.type(hash.xxh64("abc")), "integer")
assert(hash.xxh64("abc") ~= hash.xxh64("abc", 1), "seed changes the hash")
assert(hash.xxh64("a\0b") ~= hash.xxh64("a\0c"), "NUL bytes count")
eq(#hash.xxh128("x"), 32)
assert(hash.xxh128("x"):match("^[0-9a-f]+$"))
eq(hash.xxh64("\xff\xfe"), hash.xxh64("\xff\xfe"), "any bytes")
local ok, err = pcall(hash.xxh64)
assert(not ok and err:find("bad argument #1"), err)

-- simhash: near duplicates are close, others far; case and punctuation ignored
local a = "Presiden meresmikan jalan tol baru di Jawa Barat pada hari Senin pagi bersama para menteri dan gubernur"
local b = "Presiden meresmikan jalan tol baru di Jawa Tengah pada hari Senin pagi bersama para menteri dan gubernur"
local c = "Tim nasional sepak bola menang dua gol tanpa balas dalam laga persahabatan di stadion utama"
local ha, hb, hc = hash.simhash(a), hash.simhash(b), hash.simhash(c)
assert(hash.hamming(ha, hb) < hash.hamming(ha, hc), "simhash distances")
eq(hash.simhash("Satu, DUA tiga!"), hash.simhash("satu dua tiga"))
eq(hash.simhash(""), 0)
eq(hash.simhash("...", {shingle = 1}), 0)
assert(hash.simhash(a, {shingle = 1}) ~= ha)
ok, err = pcall(hash.simhash, a, {shingle = 0})
assert(not ok and err:find("'shingle' must be in 1..64"), err)

-- hamming
eq(hash.hamming(0, 0), 0)
eq(hash.hamming(0, -1), 64)
eq(hash.hamming(5, 6), 2)

-- minhash and jaccard
local sa = hash.minhash(a, {shingle = 3})
local sb = hash.minhash(b, {shingle = 3})
local sc = hash.minhash(c, {shingle = 3})
eq(#sa, 64)
for i = 1, #sa do assert(math.type(sa[i]) == "integer" and sa[i] >= 0) end
local jab, jac = hash.jaccard(sa, sb), hash.jaccard(sa, sc)
assert(jab > 0.4 and jab < 1, "near duplicates: " .. jab)
assert(jac < 0.15, "different texts: " .. jac)
eq(hash.jaccard(sa, sa), 1.0)
eq(#hash.minhash(a, {k = 128}), 128)
local e1, e2 = hash.minhash(""), hash.minhash("!!")
eq(hash.jaccard(e1, e2), 1.0, "two texts without words")
assert(hash.minhash(a, {seed = 1})[1] ~= hash.minhash(a)[1])
ok, err = pcall(hash.jaccard, sa, hash.minhash(a, {k = 8}))
assert(not ok and err:find("differ in length"), err)
ok, err = pcall(hash.minhash, a, {k = 0})
assert(not ok and err:find("'k' must be"), err)
-- invalid UTF-8 does not crash the sketches
eq(math.type(hash.simhash("ab\xffcd \xc3")), "integer")
eq(#hash.minhash("ab\xffcd \xc3"), 64)

-- shared sets: one object per name; keys strings or integers
local s1 = hash.set("test_hash.seen")
local s2 = hash.set("test_hash.seen")
eq(s1, s2, "same name, same set")
eq(s1:add("a"), true)
eq(s2:add("a"), false)
eq(s1:add(1), true)
eq(s1:add("1"), true, "the string \"1\" and the integer 1 differ")
eq(s1:add(1.0), false, "a float with an integer value is that integer")
eq(s1:add(""), true)
eq(s1:has("a"), true)
eq(s1:has("b"), false)
eq(s1:size(), 4)
eq(#s1, 4)
ok, err = pcall(s1.add, s1, 1.5)
assert(not ok and err:find("integer representation"), err)
ok, err = pcall(s1.add, s1, {})
assert(not ok and err:find("string or integer expected"), err)
assert(hash.set("test_hash.other") ~= s1)
eq(hash.set("test_hash.other"):size(), 0)
for i = 1, 100000 do s1:add(i * 3) end
eq(s1:size(), 100004)

-- shared counters
local cnt = hash.counter("test_hash.words")
eq(cnt:incr("kata"), 1)
eq(cnt:incr("kata", 4), 5)
eq(hash.counter("test_hash.words"):get("kata"), 5)
eq(cnt:get("lain"), 0)
eq(cnt:incr(7, -2), -2)
eq(cnt:size(), 2)
assert(tostring(cnt):find("shared counter 'test_hash.words'"))
-- sets and counters have separate names
eq(hash.counter("test_hash.seen"):size(), 0)

print("test_hash: ok")
