-- Tests of saring.date.  Run as: build/saring lua tests/lua/test_date.lua
local date = require "saring.date"

local expect = dofile("tests/lua/expect.lua")
local eq = expect.eq

local cases = {
  {"Selasa (17/6/2025)", "2025-06-17"},
  {"17/06/2025", "2025-06-17"},
  {"17-6-2025", "2025-06-17"},
  {"2025-06-17", "2025-06-17"},
  {"30 April 2025 | 12:30 WIB", "2025-04-30", "2025-04-30T12:30+07:00"},
  {"Rabu, 30 April 2025 12:30", "2025-04-30", "2025-04-30T12:30"},
  {"6 Nov 2025, 07:00", "2025-11-06", "2025-11-06T07:00"},
  {"Jun 17, 2025", "2025-06-17"},
  {"June 17, 2025 10:21 AM", "2025-06-17", "2025-06-17T10:21"},
  {"Khamis, 6 Mac 2025 @ 10:12am", "2025-03-06", "2025-03-06T10:12"},
  {"2025-06-17T10:00:00+07:00", "2025-06-17", "2025-06-17T10:00:00+07:00"},
  {"Isnin, 4 Ogos 2025 8.15 MYT", "2025-08-04", "2025-08-04T08:15+08:00"},
  {"25 Disember 2024", "2024-12-25"},
  {"1 Agt. 2024 pukul 09.30 WITA", "2024-08-01", "2024-08-01T09:30+08:00"},
}
for _, c in ipairs(cases) do
  local ymd, info = date.parse(c[1])
  eq(ymd, c[2], c[1])
  eq(info.date, c[2], c[1] .. " info.date")
  eq(info.iso_time, c[3], c[1] .. " iso_time")
  eq(info.start, 1, c[1] .. " start")
  eq(info.stop, #c[1], c[1] .. " stop")
  eq(info.text, c[1], c[1] .. " text")
end

-- Fields.
local ymd, info = date.parse("Diperbarui: Rabu, 30 April 2025 | 12:30 WIB.")
eq(ymd, "2025-04-30")
eq(info.year, 2025); eq(info.month, 4); eq(info.day, 30)
eq(info.hour, 12); eq(info.min, 30); eq(info.sec, nil)
eq(info.tz, "WIB"); eq(info.tz_offset, 420)
eq(info.start, 13); eq(info.stop, 43)
eq(("Diperbarui: Rabu, 30 April 2025 | 12:30 WIB."):sub(info.start, info.stop), info.text)
eq(date.parse("17/6/2025").hour, nil)
ymd, info = date.parse("17/6/2025 10:00 +0700")
eq(info.tz, "+07:00")

-- Order of numeric forms by language.
eq(date.parse("6/7/2025"), "2025-07-06")
eq(date.parse("6/7/2025", {lang = "en"}), "2025-06-07")
eq(date.parse("6/7/2025", "en"), "2025-06-07")
eq(date.parse("6/17/2025"), "2025-06-17")
eq(date.parse("17/06/25"), "2025-06-17")

-- Not dates.
for _, s in ipairs {"", "31/2/2025", "tahun 2025", "pukul 12:30 WIB", "5.000 orang",
                    "28 April", "1/2 bagian", "31 April 2025", "\0\255\254"} do
  eq(date.parse(s), nil, s)
end

-- find_all: every date with spans, in order.
local text = "Senin (28/4/2025) lalu, dan 2025-05-01T08:00:00Z, serta Jun 17, 2025; bukan 5.000."
local all = date.find_all(text)
eq(#all, 3)
eq(all[1].date, "2025-04-28"); eq(all[1].text, "Senin (28/4/2025)")
eq(all[2].date, "2025-05-01"); eq(all[2].tz, "UTC")
eq(all[3].date, "2025-06-17")
for _, d in ipairs(all) do eq(text:sub(d.start, d.stop), d.text) end
eq(#date.find_all(""), 0)
-- A huge text.
local big = string.rep("Rabu, 30 April 2025 | 12:30 WIB ", 50000)
eq(#date.find_all(big), 50000)

-- Misuse raises.
local ok, err = pcall(date.parse)
assert(not ok and err:find("bad argument #1"), err)
ok, err = pcall(date.parse, "x", {lang = "fr"})
assert(not ok and err:find("unknown language"), err)
ok, err = pcall(date.find_all, "x", {lang = 5})
assert(not ok and err:find("must be a string"), err)
print("test_date: ok")
