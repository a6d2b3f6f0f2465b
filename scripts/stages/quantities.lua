-- Quantities of a cleaned news body: every number written with digits that
-- is a count, an amount of money, a percentage or a measure, with its value.
--
-- Indonesian writes "5.000" for five thousand and "1,3" for 1.3; English
-- and Malaysian Malay write "5,000" and "1.3".  Scale words multiply
-- ("1,3 juta" = 1300000, "$2.5 billion" = 2.5e9).  Excluded: dates, years,
-- clock times, durations and ages, identifiers (AK-12, COVID-19, G20),
-- ordinals (ke-3), list numbers, phone numbers and numbers in parentheses.

local dates = require "stages.dates"
local adapt = require "stages.adapt"

local M = {}
local find, sub, byte, lower, match = string.find, string.sub, string.byte,
    string.lower, string.match

local function set(s)
  local t = {}
  for w in s:gmatch("%S+") do t[w] = true end
  return t
end

local SCALE = {ribu = 1e3, rb = 1e3, ribuan = nil, juta = 1e6, jt = 1e6,
  miliar = 1e9, milyar = 1e9, triliun = 1e12, trilyun = 1e12,
  thousand = 1e3, million = 1e6, billion = 1e9, trillion = 1e12,
  bilion = 1e9, trilion = 1e12, mn = 1e6, bn = 1e9, m = nil}

local TIME_UNITS = set[[hari minggu bulan tahun jam menit detik pekan dekade
  abad windu malam siang days day weeks week months month years year hours
  hour minutes minute seconds second hrs hr mins min decade decades century
  centuries tahunan harian bulanan jam-jam hari-hari sec secs]]

local PREV_EXCL = set[[tanggal tgl pukul jam nomor no nomer pasal ayat usia
  berusia umur aged age tahun year halaman hal page edisi jilid seri lantai
  rt rw kode nrp nip nik babak season musim episode part bagian sesi putaran
  tahap angkatan kelas level versi version chapter bab juz surat gate pintu
  km kilometer nomer ruang kamar blok gang jalan jl line jalur koridor
  peringkat ranking rank urutan posisi nomor-nomor skor score tipe type
  model seri generasi gen pukul jam-jam sejak since tahun-tahun
  periode seksyen section sek subseksyen subsection]]

-- nouns that make a year-like number a count ("2000 orang")
local COUNT_NOUNS = set[[orang jiwa warga personel tentara prajurit unit
  rumah kendaraan mobil motor kasus ton kg km meter hektare ha liter barel
  people persons troops soldiers units homes cases tonnes tons households
  keluarga kk peserta siswa mahasiswa pekerja buruh karyawan pegawai]]

local PERCENT = set[[persen percent per-cent peratus pct]]

-- words that are not units: the number is still a quantity, but the word
-- does not join its text
local FUNCTION = set[[di ke dari dan yang untuk pada dengan atau dalam itu
  ini of the and to in for on with a an by as at from orang-orang]]

local CURRENCY_BEFORE = {"Rp%.?%s?$", "IDR%s?$", "USD%s?$", "US%$%s?$",
  "%$%s?$", "RM%s?$", "S%$%s?$", "\xE2\x82\xAC%s?$", "\xC2\xA3%s?$",
  "EUR%s?$", "SGD%s?$", "MYR%s?$", "Rs%.?%s?$", "\xC2\xA5%s?$", "A%$%s?$",
  "VND%s?$", "\xE2\x82\xAB%s?$", "PHP%s?$", "Php%s?$", "\xE2\x82\xB1%s?$",
  "THB%s?$", "\xE0\xB8\xBF%s?$", "INR%s?$", "CNY%s?$", "RMB%s?$", "HKD%s?$",
  "%f[%a]P$"}
-- The bare "P" of the Philippine peso only counts before a scale word
-- ("P1.2 billion"): "P3K" or "P2" are names, not money.
local BARE_P = #CURRENCY_BEFORE

-- Units and scales written glued to the number: "1,400MW", "RM45.6bil".
local GLUED = {mw = 1, gw = 1, kw = 1, kwh = 1, mwh = 1, gwh = 1, km = 1,
  kg = 1, cm = 1, mm = 1, ha = 1, ml = 1, tb = 1, gb = 1, mb = 1,
  bil = 1e9, bilion = 1e9, bn = 1e9, b = 1e9, mil = 1e6, jt = 1e6,
  juta = 1e6, rb = 1e3, k = 1e3, m = 1e6, t = 1e12, sen = 1}
local SCALE_GLUED = {b = true, m = true, k = true, t = true}

-- The last byte of every CURRENCY_BEFORE sign (p of Rp, . of Rp., R of IDR,
-- D of USD, $, M of RM, the last byte of the euro, pound and yen signs, s of
-- Rs): a number not preceded by one of them (after at most one space) has
-- no currency, without trying the patterns.
local CUR_LAST = {}
for c in ("p.RD$Ms\xAC\xA3\xA5PB\xAB\xB1\xBF"):gmatch(".") do CUR_LAST[c:byte()] = true end
local SPACE = {[32] = true, [9] = true, [10] = true, [11] = true, [12] = true, [13] = true}

local function currency_before(text, s)
  local c = byte(text, s - 1)
  if c and SPACE[c] then c = byte(text, s - 2) end
  if not (c and CUR_LAST[c]) then return false end
  local head = sub(text, math.max(1, s - 5), s - 1)
  for i = 1, #CURRENCY_BEFORE do
    if find(head, CURRENCY_BEFORE[i]) then return i == BARE_P and "P" or true end
  end
  return false
end

-- Value of a digit string, by the language's separator convention.
local function value_of(num, lang, scaled)
  local has_dot, has_comma = find(num, ".", 1, true), find(num, ",", 1, true)
  local int, frac
  if has_dot and has_comma then
    if has_dot > has_comma then          -- 1,234.5
      int, frac = num:gsub(",", ""):match("^(%d+)%.?(%d*)$")
    else                                 -- 1.234,5
      int, frac = num:gsub("%.", ""):match("^(%d+),?(%d*)$")
    end
  elseif has_dot then
    local grouped = find(num, "^%d%d?%d?%.%d%d%d$") or find(num, "^%d%d?%d?%.%d%d%d%.[%d.]+$")
    if grouped and not (scaled and lang ~= "id" and not find(num, "%..*%.")) then
      int, frac = num:gsub("%.", ""), ""
    else
      int, frac = num:match("^(%d+)%.(%d+)$")
    end
  elseif has_comma then
    local grouped = find(num, "^%d%d?%d?,%d%d%d$") or find(num, "^%d%d?%d?,%d%d%d,[%d,]+$")
    if grouped and (lang ~= "id" or find(num, ",.*,")) then
      int, frac = num:gsub(",", ""), ""
    else
      int, frac = num:match("^(%d+),(%d+)$")
    end
  else
    int, frac = num, ""
  end
  if not int then return nil end
  local v = tonumber(int .. ((frac and frac ~= "") and ("." .. frac) or ""))
  return v
end
M.value_of = value_of

local function word_at(text, pos)
  local s, e, w = find(text, "^%s*([%a%%][%a%-]*)", pos)
  if not s then return nil end
  return w, e
end

local function prev_word(text, s)
  local head = sub(text, math.max(1, s - 20), s - 1)
  return match(head, "([%a%.]+)%s*$")
end

-- The end of a telephone number starting at s: digit groups joined by
-- spaces, dashes, dots or an area code in parentheses ("0333-412 567",
-- "09-859 1234", "(021) 555 1234", "+62 812-3456-7890"), opened by a trunk
-- "0" or a "+", with at least seven digits and one space, dash or
-- parenthesis.  nil when the number is not a phone.
local function phone_end(text, s, b)
  if not (b == 43 or find(text, "^0%d", s)) then return nil end
  local _, pe = find(text, "^[%d%(%)%-%. ]*%d", s)
  if not pe then return nil end
  local run = sub(text, s, pe)
  local _, digits = run:gsub("%d", "")
  if digits < 7 or not find(run, "[%(%)%- ]") then return nil end
  if b == 43 or find(run, "^0%d+[%)%-%. ]") or byte(text, s - 1) == 40 then
    return pe
  end
  return nil
end
M.phone_end = phone_end

local find_number = adapt.byte_finder("%d[%d.,]*", "[0-9][0-9.,]*")

-- Find the quantities of `text` in reading order: array of
-- {text =, value =, start =, stop =}.
function M.find_all(text, lang)
  local out = {}
  local pos = 1
  local n = #text
  local last_excl_end = -10
  while true do
    local s, e = find_number(text, pos)
    if not s then break end
    pos = e + 1
    while e > s and (byte(text, e) == 46 or byte(text, e) == 44) do e = e - 1 end
    local num = sub(text, s, e)
    local b = s > 1 and byte(text, s - 1) or 32
    local a = e < n and byte(text, e + 1) or 32
    local a2 = e + 1 < n and byte(text, e + 2) or 32
    local ok = true
    local cur = false
    local glued_scale, glued_stop
    -- attached to a word or an identifier
    if b >= 128 and s > 3 and byte(text, s - 3) == 0xE2 then
      b = 32                              -- a quote or dash sign, not a letter
    end
    if b and (b >= 65 and b <= 90 or b >= 97 and b <= 122 or b == 45
              or b == 47 or b == 35 or b == 95 or b >= 128) then
      cur = currency_before(text, s)
      ok = cur
    end
    if ok and (a >= 65 and a <= 90 or a >= 97 and a <= 122) then
      local suf, se = match(text, "^(%a+)()", e + 1)
      local g = suf and GLUED[lower(suf)]
      local nb = se and byte(text, se) or 32
      local word_end = not (nb >= 65 and nb <= 90 or nb >= 97 and nb <= 122 or nb >= 48 and nb <= 57)
      if g and word_end and (not SCALE_GLUED[lower(suf)] or currency_before(text, s) == true) then
        glued_scale, glued_stop = g, se - 1
      else
        ok = false
      end
    end
    if ok and (b == 43 or b == 40 or byte(num, 1) == 48) and #num < 8 then
      local pe = phone_end(text, s, b)
      if pe then
        ok = false
        pos = pe + 1
      end
    end
    if ok and (a == 45 or a == 47 or a == 58) and a2 >= 48 and a2 <= 57 then
      -- 17/6/2025, 12:30, 10-15: dates, times, scores and ranges
      ok = false
      local _, de = find(text, "^[%d/:%-.]+", s)
      if de then pos = de + 1 end
    end
    local hyph_unit
    if ok and a == 45 and (a2 >= 65 and a2 <= 90 or a2 >= 97 and a2 <= 122) then
      -- 1990-an, 5-year: no; 40-megawatt: a measure
      local w = match(text, "^(%a+)", e + 2)
      if w and (#w > 2 or GLUED[lower(w)]) and not TIME_UNITS[lower(w)] and not TIME_UNITS[lower(w) .. "s"]
          and lower(w) ~= "an" and not find(w, "^%u") then
        hyph_unit = w
      else
        ok = false
      end
    end
    if ok and b == 40 and a == 41 then ok = false end          -- (45)
    if ok and #num > 15 then ok = false end
    if ok and find(num, "^0%d%d%d") then ok = false end       -- phones
    if ok then
      -- a list number at a line start: "1. Item"
      if (s == 1 or byte(text, s - 1) == 10) and (a == 46 or a == 41) and a2 == 32 then
        ok = false
      end
    end
    if ok and not cur then cur = currency_before(text, s) end
    local scale, stop, unit = 1, e, nil
    if ok then
      if find(num, "^%d%d?[.:]%d%d$") and not cur and lang ~= "en" then
        ok = false                          -- 07.00 (a clock time)
      elseif a == 37 then                   -- 5%
        stop = e + 1
        unit = "%"
      end
    end
    if ok then
      local pw = prev_word(text, s)
      if pw then
        pw = lower(pw):gsub("%.$", "")
        if (PREV_EXCL[pw] or dates.MONTHS[pw]) and not cur then ok = false end
      end
      -- the upper end of an excluded range: "aged 60 to 74"
      if ok and s - last_excl_end <= 9 then
        local gap = sub(text, last_excl_end + 1, s - 1)
        if gap == " to " or gap == " hingga " or gap == " sampai " or gap == "-"
            or gap == " and " or gap == " dan " or gap == " atau " or gap == " or " then
          ok = false
        end
      end
      -- an age in apposition: "Maria Lamba, 41, a farmer"
      if ok and a == 44 and find(sub(text, math.max(1, s - 30), s - 1), "%u[%l%-']*%l, $") then
        ok = false
      end
    end
    if ok and glued_scale then
      scale = glued_scale
      stop = glued_stop
      unit = sub(text, e + 1, glued_stop)
    elseif ok and hyph_unit then
      stop = e + 1 + #hyph_unit
      unit = hyph_unit
    end
    if ok and not unit and not glued_scale then
      local w1, we = word_at(text, e + 1)
      if w1 then
        local lw = lower(w1)
        if SCALE[lw] then
          scale = SCALE[lw]
          stop = we
          local w2, we2 = word_at(text, we + 1)
          if w2 then
            local lw2 = lower(w2)
            if PERCENT[lw2] then unit, stop = w2, we2
            elseif TIME_UNITS[lw2] and not cur then ok = false
            elseif not FUNCTION[lw2] and find(w2, "^%l") then unit, stop = w2, we2 end
          end
        elseif dates.MONTHS[lw] and find(w1, "^%u") then
          ok = false                         -- 28 April (2025)
          local _, ye = find(text, "^[%s%.,]*%d%d%d%d", we + 1)
          if ye then pos = ye + 1 end
        elseif TIME_UNITS[lw] and not cur then
          ok = false                         -- 3 bulan, 45 tahun
        elseif (lw == "pm" or lw == "am" or lw == "p" or lw == "a") and not cur then
          ok = false                         -- 10 pm, 7 a.m.
        elseif PERCENT[lw] then
          unit, stop = w1, we
        elseif not FUNCTION[lw] and find(w1, "^%l") then
          unit, stop = w1, we
        end
      end
    end
    if ok and cur == "P" and scale == 1 then ok = false end
    if ok and not cur and scale == 1 and not unit and find(num, "^%d%d%d%d$") then
      local y = tonumber(num)
      if y >= 1900 and y <= 2100 then ok = false end      -- a year
    end
    if ok and not cur and scale == 1 and find(num, "^%d%d%d%d$") and unit then
      local y = tonumber(num)
      if y >= 1900 and y <= 2100 and not COUNT_NOUNS[lower(unit)] then ok = false end
    end
    if not ok then last_excl_end = e end
    if ok then
      local v = value_of(num, lang or "id", scale ~= 1)
      if v then
        v = v * scale
        local iv = math.tointeger(v)
        if iv then v = iv elseif v == math.floor(v) and v < 2^53 then
          v = math.tointeger(math.floor(v)) or v
        end
        local qs = s
        if cur then
          local cs = find(sub(text, math.max(1, s - 5), s - 1), "[%u%$\xE2\xC2][%a%$\x82\xAC\xA3\xA5]*%.?%s?$")
          if cs then qs = math.max(1, s - 5) + cs - 1 end
        end
        out[#out + 1] = {text = sub(text, qs, stop), value = v, start = qs,
                         stop = stop, unit = unit}
      end
    end
  end
  return out
end

function M.stage(doc)
  local text = doc.text
  local list = M.find_all(text, doc.meta.lang)
  local qs = {}
  for i = 1, #list do
    local q = list[i]
    doc:tag(q.start, q.stop, "quantity", q.value)
    qs[i] = {text = q.text, value = q.value, unit = q.unit or ""}
  end
  doc.meta.quantities = qs
  return doc
end

return M
