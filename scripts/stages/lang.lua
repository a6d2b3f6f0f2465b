-- Language of the cleaned body: Indonesian, Malay or English.
--
-- Function words tell English from Indonesian/Malay; spelling markers that
-- differ between the two standards (bahwa/bahawa, karena/kerana ...) tell
-- Indonesian from Malay.  Only the first few KB are read.

local adapt = require "stages.adapt"

local M = {}

local EN = {}
for w in ([[the of and to in is that for on with as was were by said it from
  at are has have will be this which not an its their but after had been
  would they he she who also over about more than into up or new there
  could can one when what been all his her said says]]):gmatch("%a+") do EN[w] = true end

local IDMS = {}
for w in ([[yang dan di ke dari ini itu dengan untuk pada tidak dalam akan
  juga adalah oleh atau telah sudah mereka kami kita ia dia para sebagai
  antara lebih serta namun bagi secara tersebut hal masih kata hingga
  sebuah seorang bahwa bahawa karena kerana selepas setelah]]):gmatch("%a+") do IDMS[w] = true end

local ID_MARK = {}
for w in ([[bahwa karena setelah bisa hanya pemerintah mengatakan ketika
  saat sejak tapi kalau enggak nggak sedangkan mengungkapkan menurutnya
  dikatakan menyebutkan pekan kamis jumat senin
  diungkapkan kepolisian polisi warga kabupaten provinsi
  persen pabrik]]):gmatch("%a+") do ID_MARK[w] = true end

-- (the spellings and words each standard has and the other lacks weigh most:
-- "peratus"/"persen", "kilang"/"pabrik", "percuma", "hujung", "mencecah";
-- "ketika", "sejak" or "kalau" are common in Malay text too; the Malay
-- spellings and words of the civil service, courts and business -- "baharu",
-- "seramai", "timbalan", "syarikat", "mahkamah", "pengerusi" -- have no
-- Indonesian use, so a short Malay page with few function words still
-- shows two)
local MS_MARK = {}
for w in ([[bahawa kerana selepas semasa boleh sahaja kerajaan berkata apabila
  iaitu ialah mahu daripada beliau bagaimanapun manakala turut kenyataan
  negeri pihak berkuasa isnin khamis ahad sebanyak ringgit rm jabatan
  menteri besar kerajaan persekutuan dalam pada itu tersebut semalam
  kira-kira dengan izin
  peratus percuma kilang hujung mencecah
  baharu seramai timbalan dijangka menjangkakan memandu pemandu tengok sentiasa
  tahniah syarikat projek maklumat kenderaan pejabat mesyuarat cadangan
  jawatankuasa pesakit kakitangan universiti kualiti aktiviti sokongan sebarang
  akhbar siasatan kemalangan lebuhraya bahagian kempen pelancong pelancongan
  perniagaan peniaga pelaburan jurucakap mahkamah tertuduh pendakwaan
  pengarah pengerusi parlimen bajet]]):gmatch("%S+") do MS_MARK[w] = true end
-- words common to both standards do not discriminate
for _, w in ipairs({"daripada", "beliau", "turut", "pihak", "negeri",
  "sebanyak", "menteri", "besar", "dalam", "pada", "itu", "tersebut",
  "dengan", "izin"}) do MS_MARK[w] = nil end

-- Only items made of ASCII letters count: the Lua reading splits words at
-- anything else, so "kira-kira" never counted there either.
local function letter_words(t)
  local out = {}
  for w in pairs(t) do
    if w:find("^%a+$") then out[w] = true end
  end
  return out
end

-- The four word lists in one C word counter (saring.lang.word_counter): a
-- single pass over the first 4 KB gives all four counts, exactly those of
-- caseless whole-word pattern sets.
local COUNTER
if adapt.langmod and adapt.langmod.word_counter then
  local ok, c = pcall(adapt.langmod.word_counter, {letter_words(EN), letter_words(IDMS),
                                                   letter_words(ID_MARK), letter_words(MS_MARK)})
  if ok then COUNTER = c end
end

-- Without it, the lists as pattern sets (caseless, whole words): four C
-- scans instead of a Lua loop over the words.
local SETS
if not COUNTER and adapt.patterns and adapt.patterns.new then
  local function mk(t)
    local list = {}
    for w in pairs(letter_words(t)) do list[#list + 1] = w end
    table.sort(list)
    local ok, set = pcall(adapt.patterns.new, list, {caseless = true, words = true})
    return ok and set or nil
  end
  local en, idms, idm, msm = mk(EN), mk(IDMS), mk(ID_MARK), mk(MS_MARK)
  if en and idms and idm and msm then SETS = {en, idms, idm, msm} end
end

local function decide(en, idms, idm, msm, total)
  if total == 0 or (en + idms) < 0.02 * total then return "und", 0 end
  if en > idms then return "en", en / total end
  if msm > idm and msm >= 2 then return "ms", msm / (msm + idm) end
  return "id", idms / total
end

local function detect_lua(s)
  s = s:lower()
  local en, idms, idm, msm, total = 0, 0, 0, 0, 0
  for w in s:gmatch("%a+") do
    total = total + 1
    if EN[w] then en = en + 1 end
    if IDMS[w] then idms = idms + 1 end
    if ID_MARK[w] then idm = idm + 1 end
    if MS_MARK[w] then msm = msm + 1 end
  end
  return decide(en, idms, idm, msm, total)
end

local LIMIT = 4000

function M.detect(text)
  local s = #text > LIMIT and text:sub(1, LIMIT) or text
  if COUNTER then
    local en, idms, idm, msm = COUNTER:count(s)
    return decide(en, idms, idm, msm, adapt.count_words(s))
  end
  if SETS then
    local ok, en = pcall(SETS[1].count, SETS[1], s)
    if ok and en then
      return decide(en, SETS[2]:count(s), SETS[3]:count(s), SETS[4]:count(s),
                    adapt.count_words(s))
    end
  end
  return detect_lua(s)
end

-- The code alone, as decide() would give it, from the counts of the first
-- LIMIT bytes of text (n of them): the word total only when the evidence
-- could be under 2% of it (there are fewer words than bytes).
local function code_from(text, n, en, idms, idm, msm)
  local ev = en + idms
  if ev == 0 then return "und" end       -- no known word at all
  if ev < 0.02 * n then
    -- a matched word is a word, so the total is at least 1 here
    if ev < 0.02 * adapt.count_words(n < #text and text:sub(1, n) or text) then
      return "und"
    end
  end
  if en > idms then return "en" end
  if msm >= 2 and msm > idm then return "ms" end
  return "id"
end

-- With pattern sets, the Indonesian markers are only counted when two
-- Malay markers make Malay possible (a scan each); the word counter has
-- every count at once.
local function code_of(text)
  if COUNTER then
    return code_from(text, #text > LIMIT and LIMIT or #text, COUNTER:count(text, LIMIT))
  end
  local s = #text > LIMIT and text:sub(1, LIMIT) or text
  if not SETS then return (detect_lua(s)) end
  local ok, en = pcall(SETS[1].count, SETS[1], s)
  if not (ok and en) then return (detect_lua(s)) end
  local ev = en + SETS[2]:count(s)
  if ev == 0 then return "und" end       -- no known word at all
  if ev < 0.02 * #s then
    -- a matched word is a word, so the total is at least 1 here
    if ev < 0.02 * adapt.count_words(s) then return "und" end
  end
  local idms = ev - en
  if en > idms then return "en" end
  local msm = SETS[4]:count(s)
  if msm >= 2 and msm > SETS[3]:count(s) then return "ms" end
  return "id"
end
M.code_of = code_of

function M.stage(doc)
  local code = code_of(doc.text)
  if code == "und" and adapt.langmod and adapt.langmod.detect then
    local ok, c = pcall(adapt.langmod.detect, doc, {candidates = {"id", "ms", "en"}})
    if ok and type(c) == "string" then code = c end
  end
  doc.meta.lang = code
  return doc
end

return M
