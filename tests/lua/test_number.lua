-- Tests of saring.number.  Run as: build/saring lua tests/lua/test_number.lua
local number = require "saring.number"

local expect = dofile("tests/lua/expect.lua")
local eq = expect.eq

-- parse: whole expressions.
eq(number.parse("5.000"), 5000)
eq(math.type(number.parse("5.000")), "integer")
eq(number.parse("5.000", "id"), 5000)
eq(number.parse("5.000", "en"), 5)
eq(number.parse("1.234.567,89"), 1234567.89)
eq(number.parse("1,3 juta"), 1300000)
eq(number.parse("Rp 1,2 triliun"), 1.2e12)
eq(number.parse("2,5 persen"), 2.5)
eq(number.parse("US$ 3,5 miliar"), 3.5e9)
eq(number.parse("12,500", "en"), 12500)
eq(number.parse("12,500"), 12500)
eq(number.parse("12,500", {lang = "id"}), 12.5)
eq(number.parse("3.5 million", "en"), 3.5e6)
eq(number.parse("$1.2bn"), 1.2e9)
eq(number.parse("2.5 per cent"), 2.5)
eq(number.parse("RM 4,5 bilion", "ms"), 4.5e9)
local v, info = number.parse("Rp 1,2 triliun")
eq(info.currency, "IDR"); eq(info.kind, "money"); eq(info.scale, "triliun")
v, info = number.parse("2,5 persen")
eq(info.percent, true); eq(info.kind, "percent")

local nv, msg = number.parse("99999999999999999999")
eq(nv, nil); assert(msg:find("15 significant digits"), msg)
nv, msg = number.parse("abc")
eq(nv, nil); eq(msg, "not a number expression")
eq((number.parse("")), nil)
eq((number.parse("5.000 orang kemarin")), nil)
eq((number.parse("\0")), nil)

-- find_all.
local text = "Sebanyak 5.000 orang dan 1,3 juta personel, dana Rp 1,2 triliun, naik 2,5 persen pada 17/6/2025."
local qs = number.find_all(text)
eq(#qs, 4)
eq(qs[1].text, "5.000"); eq(qs[1].value, 5000); eq(qs[1].unit, "orang"); eq(qs[1].kind, "count")
eq(qs[2].text, "1,3 juta"); eq(qs[2].value, 1300000); eq(qs[2].scale, "juta"); eq(qs[2].unit, "personel")
eq(qs[3].text, "Rp 1,2 triliun"); eq(qs[3].currency, "IDR"); eq(qs[3].kind, "money")
eq(qs[4].text, "2,5 persen"); eq(qs[4].percent, true); eq(qs[4].value, 2.5)
for _, q in ipairs(qs) do
  eq(text:sub(q.start, q.stop), q.text)
  if q.unit then eq(text:sub(q.unit_start, q.unit_stop), q.unit) end
end

-- English, with the language given.
qs = number.find_all("About 12,500 people; $1.2bn, up 2.5 per cent; 10km.", {lang = "en"})
eq(#qs, 4)
eq(qs[1].value, 12500); eq(qs[2].value, 1.2e9); eq(qs[2].currency, "USD")
eq(qs[3].value, 2.5); eq(qs[4].kind, "measure"); eq(qs[4].unit, "km")

-- Not quantities.
for _, s in ipairs {"17/6/2025", "28 April 2025", "28 April", "pukul 12:30", "07.00 WIB",
                    "tahun 2025", "sejak 2020", "AK-12", "RPG-7", "F-16", "G20", "ke-3",
                    "0812-3456-7890", "99999999999999999999", "", "\0\255"} do
  eq(#number.find_all(s), 0, s)
end
eq(#number.find_all("2.000 orang"), 1)

-- A huge text.
eq(#number.find_all(string.rep("5.000 orang ", 100000)), 100000)

-- Misuse raises.
local ok, err = pcall(number.parse)
assert(not ok and err:find("bad argument #1"), err)
ok, err = pcall(number.find_all, "1", {lang = "xx"})
assert(not ok and err:find("unknown language"), err)
print("test_number: ok")
