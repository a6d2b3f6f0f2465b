-- Named entities of a cleaned news body: person, location, organization.
--
-- The tagger (core/text/ner.c, as saring.ner; the rules and their reasons
-- are described there) walks the runs of capitalised words of the body and
-- splits each run into
--   * gazetteer names (gazetteer.lua: places, organisations, public figures),
--     longest match first, acronyms in capitals only;
--   * person titles (Presiden, Menteri, Paus, President ...), dropped;
--   * organisation names opened by a head word (Kementerian, Dewan, Badan,
--     Ministry ...) and continued by institution vocabulary, ending at most
--     at one place or organisation name ("Kementerian Luar Negeri Rusia");
--   * place names opened by a place head ("Provinsi X", "Wilayah X"; a
--     generic head at a sentence start is dropped);
--   * the rest: two to four name-like words are a person; a single word is
--     a person after a title, next to a verb of saying ("kata Kirby"), or
--     when it is the first or last word of a person named in the same text.
-- An acronym in parentheses after a tagged name gets the name's type
-- ("Amerika Serikat (AS)"), or names the organisation it spells.  The dateline's place and outlet are tagged.
-- Title Case lines (subheadings) only take gazetteer names.

local gaz      = require "stages.gazetteer"
local adapt    = require "stages.adapt"
local dateline = require "stages.dateline"

local ner = adapt.ner or error("stages.entities needs saring.ner (run it with saring)")

local M = {}
local lower = string.lower
local byte = string.byte

-- ---------------------------------------------------------------------------
-- Word lists from the gazetteer, for the tagger (built by the first worker of
-- a run, see TAGGER below)
-- ---------------------------------------------------------------------------
local function word_lists()
  local NAMES = {}       -- lower-cased name -> "person"|"location"|"organization"
  local ACRO = {}        -- lower-cased name -> true when it must match in capitals
  local TITLES = {}      -- lower-cased person titles
  local SURNAMES = {}    -- last words of well-known people

  -- Lines without surrounding spaces (nearly all) skip the two gsubs,
  -- which took half of this function's time; %s only matches bytes <= 32.
  local function lines(s)
    local t = {}
    for l in s:gmatch("[^\n]+") do
      if byte(l, 1) <= 32 or byte(l, -1) <= 32 then
        l = l:gsub("^%s+", ""):gsub("%s+$", "")
      end
      -- (a "--" line is a comment of the list, no entry)
      if l ~= "" and not l:find("^%-%-") then t[#t + 1] = l end
    end
    return t
  end

  local function nwords(s)
    local _, n = s:gsub("%S+", "")
    return n
  end

  -- (a list's "--" comments are no entries: the words of a comment line
  -- were once read as words of the list)
  local function words_set(s)
    local t = {}
    for line in s:gmatch("[^\n]+") do
      for w in line:gsub("%-%-.*$", ""):gmatch("%S+") do t[w] = true end
    end
    return t
  end

  for _, kind in ipairs({"location", "organization", "person"}) do
    for _, name in ipairs(lines(gaz[kind])) do
      local key = lower(name)
      if not NAMES[key] then NAMES[key] = kind end
      -- A key longer than 5 bytes can never be an acronym, and false means
      -- "not in the list" to the tagger, so nothing is stored for it (10,000
      -- fewer entries, and no find for most names).
      if #name <= 5 then
        if not name:find("%l") then
          if ACRO[key] == nil then ACRO[key] = true end
        else
          ACRO[key] = false         -- a mixed-case spelling exists too
        end
      end
      if kind == "person" and nwords(name) >= 2 then
        local last = name:match("(%S+)$")
        if #last >= 4 and not last:find("%.$") then SURNAMES[lower(last)] = true end
      end
    end
  end
  for _, t in ipairs(lines(gaz.titles)) do TITLES[lower(t)] = true end
  local ORG_HEADS = words_set(gaz.org_heads)
  local ORG_WORDS = words_set(gaz.org_words)
  local LOC_HEADS = {}
  for _, l in ipairs(lines(gaz.loc_heads)) do LOC_HEADS[l] = true end
  local GENERIC_LOC_HEAD = {Wilayah = true, Kawasan = true, Daerah = true,
    Region = true, Negeri = true, Bandar = true, Kota = false}
  local COMMON = words_set(gaz.common)
  local SPEECH = words_set(gaz.speech)
  local EVENT = words_set(gaz.event_words)
  local ORG_TAILS = words_set(gaz.org_tails)
  local DIRECTION = {Barat = true, Timur = true, Utara = true, Selatan = true,
    Tengah = true, Raya = true, West = true, East = true, North = true,
    South = true, Central = true, Laut = true, Daya = true, Hulu = false,
    -- "Dukuh Atas", "Kampung Bawah"
    Atas = true, Bawah = true,
    -- "Kampung Sungai Lama", "Jalan Bagan Luar", "Kota Baru"
    Lama = true, Luar = true, Baru = true,
    -- "Gerbang Tol Cibubur Utama" (the main gate)
    Utama = true}
  local LOC_PREPS = {di = true, ke = true, ["in"] = true, at = true,
    near = true, dekat = true, menuju = true, kawasan = true, daerah = true,
    kecamatan = true, kelurahan = true, desa = true, kampung = true,
    kabupaten = true, kota = true, provinsi = true, wilayah = true,
    towards = true, across = true, around = true, pulau = true, negeri = true,
    bandar = true, dari = false,
    -- the Malay "near": "berhampiran X"
    berhampiran = true}
  local LOC_TAILS = {River = true, District = true, Regency = true,
    Island = true, Islands = true, Province = true, Strait = true,
    Mountain = true, Mountains = true, Lake = true, Bay = true, Valley = true,
    Peninsula = true, County = true, Sea = true, Market = true, Station = true,
    Stadium = true, Airport = true, Bridge = true, Park = true, Square = true,
    Beach = true, Falls = true, Dam = true, Reservoir = true, City = true,
    Township = true, Avenue = true, Street = true, Road = true, Port = true,
    Temple = true,
    -- a landfill, a canal, a pier, a highway: "Pulau Contoh Landfill"
    Landfill = true, Canal = true, Pier = true, Jetty = true, Highway = true,
    Expressway = true,
    -- the same in lower case after a name: "Isabela province", "Kampot town"
    province = true, provinces = true, district = true, city = true,
    town = true, village = true, county = true, regency = true,
    provinsi = true, kabupaten = true, daerah = true, kampung = true,
    -- and the plural after a list: "Neipu, Gaoshu and Laiyi townships"
    township = true, townships = true, towns = true, villages = true,
    cities = true, districts = true, counties = true, islands = true}
  -- legal forms opening a company's name; Perumda is a regional public
  -- company ("Perumda Air Minum Tirtanadi")
  -- and Perum a state-owned public one ("Perum Contoh Niaga")
  local COMPANY_HEADS = {PT = true, CV = true, Perumda = true, Perum = true}
  -- Place heads whose name may run several words ("Stadion Gelora Bung Tomo").
  local PLACE_HEADS = words_set(gaz.place_heads)
  -- and two words: an Iban longhouse, "Rumah Panjang Nanga Entawau"
  PLACE_HEADS["Rumah Panjang"] = true
  -- a Malay forest reserve, "Hutan Simpan Bukit Contoh"
  PLACE_HEADS["Hutan Simpan"] = true
  -- a toll gate, "Gerbang Tol Cibubur Utama"
  PLACE_HEADS["Gerbang Tol"] = true
  -- and the Malay toll plaza, "Plaza Tol Contoh"
  PLACE_HEADS["Plaza Tol"] = true
  -- a wildlife reserve and a nature reserve, "Suaka Margasatwa Contoh Jaya"
  PLACE_HEADS["Suaka Margasatwa"] = true
  PLACE_HEADS["Cagar Alam"] = true
  for w in pairs(PLACE_HEADS) do LOC_HEADS[w] = true end   -- a place head is a place head
  -- Malay descriptors before a known place: "Negeri Terengganu", "Daerah
  -- Kemaman" name Terengganu and Kemaman.
  local DESCRIPTOR_HEADS = {Negeri = true, Daerah = true, ["Negara Bagian"] = true}
  -- Nouns naming the organisation after them, alone or with "of".
  local ORG_NOUNS = words_set(gaz.org_nouns)
  -- given and family names, and the words next to a person's name: the
  -- evidence that an unknown run of capitalised words names a person
  local GIVEN_NAMES = words_set(gaz.given_names)
  local PERSON_CUES = words_set(gaz.person_cues)
  for w in gaz.org_nouns_of:gmatch("%S+") do ORG_NOUNS[w .. " of"] = true end
  local CONNECT_ORG = {[" dan "] = true, [" and "] = true, [" for "] = true,
    [" of "] = true, [" untuk "] = true, [" & "] = true, [" of the "] = true, [" for the "] = true,
    -- "Badan Meteorologi, Klimatologi, dan Geofisika": commas inside a name
    [", "] = true, [", dan "] = true, [", and "] = true}
  local CONNECT = {[" "] = true, ["-"] = true, [" of "] = true, [" bin "] = true,
    [" binti "] = true, [" anak "] = true,
    -- Malaysian Indian names: "Ganesan a/l Muniandy" (son of), "a/p" (daughter of)
    [" a/l "] = true, [" a/p "] = true, [" van "] = true, [" von "] = true, [" de "] = true,
    [" al-"] = true, [" der "] = true, [" da "] = true,
    -- French names of firms in the former Indochina: "Electricite du Laos"
    [" du "] = true,
    -- English and French place names of several words: "Stoke-on-Trent",
    -- "Stratford-upon-Avon", "Newcastle-under-Lyme", "Aix-en-Provence"
    ["-on-"] = true, ["-upon-"] = true, ["-under-"] = true, ["-on-the-"] = true,
    ["-en-"] = true, ["-sur-"] = true, ["-le-"] = true, ["-la-"] = true}

  -- A word mapped to false is in no list, as it was for the Lua tests `if
  -- LIST[w]` (ACRO of a name also written in mixed case, Kota, Hulu, dari).
  -- The tagger derives the rest itself: the prefixes of names and titles and
  -- their longest word counts.
  return {
    names = NAMES, acro = ACRO, titles = TITLES, surnames = SURNAMES,
    org_heads = ORG_HEADS, org_words = ORG_WORDS, loc_heads = LOC_HEADS,
    generic_loc_head = GENERIC_LOC_HEAD, common = COMMON, speech = SPEECH,
    event = EVENT, org_tails = ORG_TAILS, direction = DIRECTION,
    loc_preps = LOC_PREPS, loc_tails = LOC_TAILS, company_heads = COMPANY_HEADS,
    connect = CONNECT, connect_org = CONNECT_ORG, place_heads = PLACE_HEADS,
    descriptor_heads = DESCRIPTOR_HEADS, org_nouns = ORG_NOUNS,
    given_names = GIVEN_NAMES, person_cues = PERSON_CUES,
  }
end

-- The tagger: the lists above in C, reused for every document.  It does not
-- change once built, so the workers of a run share one (ner.shared): the
-- first to load this stage builds it, the others wait for it instead of
-- building their own (some 15 ms each).  The key names this file, so that
-- another copy of the stage in the same process gets its own.
local TAGGER = ner.shared("stages.entities " .. debug.getinfo(1, "S").source, word_lists)
M.word_lists = word_lists   -- for tests

-- Spans {start, stop, kind} of the entities of `text` in text order, without
-- overlaps; `skip_to` is the last byte of a dateline not to scan.
function M.find_all(text, skip_to)
  return TAGGER:find_all(text, skip_to or 0)
end

-- Does a dateline's place spell the page's site ("PIKIRAN RAKYAT" and
-- pikiran-rakyat.com, letters only, in any case)?
-- The site's letters are remembered per site (the pages of a run come from
-- few sites), and a place with fewer bytes than they are cannot spell them:
-- most pages are settled without a pattern call.
local SITE_LETTERS, site_letters_n = {}, 0
local function names_site(place, site)
  if type(site) ~= "string" then return false end
  local b = SITE_LETTERS[site]
  if not b then
    if site_letters_n >= 1000 then SITE_LETTERS, site_letters_n = {}, 0 end
    local name = lower(site):gsub("^www%.", ""):match("^([^.]+)%.%a") or lower(site)
    b = name:gsub("%A", "")
    SITE_LETTERS[site] = b
    site_letters_n = site_letters_n + 1
  end
  if #b < 4 or #place < #b then return false end
  local a = lower(place):gsub("%A", "")
  return a == b
end

-- Words before an outlet naming itself ("kata Wira kepada kumparan",
-- "Pantauan kumparan"): the site's name is often a common word too
-- ("suara", "tempo", "kontan"), so only after these.
local SELF_CUE = {kepada = true, pantauan = true, dihubungi = true, ditemui = true,
  diwawancarai = true, dikonfirmasi = true,
  -- Malay "tinjauan X" (X's own survey of the scene)
  tinjauan = true}

-- The name of a site's domain when it is one lower-case word of five
-- letters or more ("kumparan" of kumparan.com), else nil.
local function site_word(site)
  if type(site) ~= "string" then return nil end
  local name = site:gsub("^www%.", ""):match("^(%l+)%.%a")
  return name and #name >= 5 and name or nil
end

-- Spans {start, stop, "organization"} of the outlet naming itself in lower
-- case after a cue, from byte `from` on, added to `pre`.  The tagger only
-- tags capitalised words, so these never overlap its spans.
-- (ner.find is text:find(own, from, true) that looks at sixteen bytes at a
-- time instead of stopping at every copy of the name's first letter.)
local find_plain = ner.find
local function self_mentions(text, own, from, pre)
  local n = #own
  while true do
    local a = find_plain(text, own, from)
    if not a then break end
    local b = a + n - 1
    local before = text:sub(math.max(1, a - 12), a - 1):match("(%a+) $")
    if before and SELF_CUE[lower(before)] and not text:find("^[%w@/]", b + 1)
       and not text:find("^%.%w", b + 1) then
      pre[#pre + 1] = {a, b, "organization"}
    end
    from = b + 1
  end
end

-- The words of a site's name when its domain spells it with hyphens
-- ("myanmar-now.org": {"myanmar", "now"}), else nil.
local function site_words(site)
  if type(site) ~= "string" then return nil end
  local name = lower(site):gsub("^www%.", ""):match("^([%l%d%-]+)%.%a")
  if not name or not name:find("-", 1, true) then return nil end
  local t = {}
  for w in name:gmatch("[^%-]+") do
    if not w:find("^%l+$") then return nil end
    t[#t + 1] = w
  end
  return #t >= 2 and t or nil
end

-- site_word and site_words of a site, and the word capitalised,
-- remembered: the pages of a run come from few sites, and the three cost a
-- few pattern matches and strings per page.  The
-- memo is emptied when it holds many sites (a crawl of many small sites).
local SITE_MEMO, site_memo_n = {}, 0
local function site_names(site)
  if type(site) ~= "string" then return nil, nil end
  local m = SITE_MEMO[site]
  if not m then
    if site_memo_n >= 1000 then SITE_MEMO, site_memo_n = {}, 0 end
    local own = site_word(site)
    -- (and the word capitalised, as word_mentions looks for it)
    m = {own or false, site_words(site) or false, own and own:sub(1, 1):upper() .. own:sub(2) or false}
    SITE_MEMO[site] = m
    site_memo_n = site_memo_n + 1
  end
  return m[1] or nil, m[2] or nil, m[3] or nil
end

-- Spans {start, stop, "organization"} of the outlet named in the story
-- with capitals, its words joined by spaces ("Myanmar Now was unable to
-- reach ..." on myanmar-now.org), from byte `from` on, added to `pre`.
local function outlet_mentions(text, words, from, pre)
  local parts = {}
  for i, w in ipairs(words) do
    parts[i] = w:sub(1, 1):upper() .. w:sub(2):gsub("%l", function(ch) return "[" .. ch .. ch:upper() .. "]" end)
  end
  local pat = table.concat(parts, " ")
  while true do
    local a, b = text:find(pat, from)
    if not a then break end
    if not text:find("^%w", b + 1)
       and (a == 1 or not text:sub(a - 1, a - 1):find("[%w%.]")) then
      pre[#pre + 1] = {a, b, "organization"}
    end
    from = b + 1
  end
end

-- Spans {start, stop, "organization"} of the outlet named with a capital
-- inside a sentence by its domain's one word ("told Contohwire." on
-- contohwire.sg), from byte `from` on, added to `pre`.  Only after a
-- lower-case word: at a sentence start the same word may be a common one
-- ("Suara ..." on suara.com).
-- The outlet's regional edition is its name and a known place: "Contohwire
-- Bali has contacted ..." on contohwire.co; the end of the place, or nil.
local function edition_end(text, b)
  local ws, we = text:match("^ ()%u%a+()", b + 1)
  if not ws then return nil end
  local sp = TAGGER:find_all(text:sub(ws, we - 1), 0)
  if #sp == 1 and sp[1][1] == 1 and sp[1][2] == we - ws and sp[1][3] == "location" then return we - 1 end
  return nil
end

-- (pat is the domain's word capitalised, "Contohwire".)
local function word_mentions(text, pat, from, pre)
  while true do
    local a, b = find_plain(text, pat, from)
    if not a then break end
    local before = text:sub(math.max(1, a - 24), a - 1)
    local cue = before:match("(%a+) $")
    -- after a lower-case word or a cue ("Tinjauan Contohwire di ...")
    -- (not the first word of a longer name: "Contohwire Media", but its
    -- edition, wherever it stands: a common word is no edition)
    if text:find("^ %u", b + 1) then
      local e = (a == 1 or not text:sub(a - 1, a - 1):find("[%w%.]")) and edition_end(text, b)
      if e then pre[#pre + 1] = {a, e, "organization"} end
    elseif not text:find("^%w", b + 1) and
        (before:find("%f[%a]%l+ $") or (cue and SELF_CUE[lower(cue)])) then
      pre[#pre + 1] = {a, b, "organization"}
    end
    from = b + 1
  end
end

-- The outlet named in the story in any spelling of its domain's letters:
-- "told BenarNews" on benarnews.org, "kepada Sarawak Voice" on
-- sarawakvoice.com, "BERITA Mediacorp" on berita.mediacorp.sg, "KompasTV"
-- on kompas.tv, "told The Irrawaddy" on irrawaddy.com.  Mastheads split
-- and capitalise the domain's words freely, so the letters are compared,
-- with a space, hyphen or full stop allowed between any two of them.
-- A weaker form needs a cue before it (told, kepada, seen by ...) or
-- capitals throughout: the name without a generic tail or a place the
-- domain adds ("Tuoi Tre" of tuoitrenews.vn, "Frontier" of
-- frontiermyanmar.net, "TODAY" of todayonline.com).  (The outlet's
-- acronym after a cue, "told TMR" on themalaysianreserve.com, was tried:
-- scanning every word in capitals for it cost more than the entity stage
-- itself.)
local OUTLET_CUE = {told = true, tells = true, to = true, by = true, with = true,
  kepada = true, dihubungi = true, ditemui = true, diwawancarai = true,
  dikonfirmasi = true, tim = true, pantauan = true, tinjauan = true}
-- What a domain adds after the outlet's own name.
local OUTLET_TAILS = {news = true, online = true, daily = true, english = true,
  today = true, world = true, times = true, post = true, media = true,
  berita = true, tv = true, com = true}
-- Second-level and top-level labels that are no part of the name.
local DOMAIN_LABELS = {com = true, net = true, org = true, co = true, id = true,
  my = true, sg = true, ph = true, vn = true, th = true, la = true, kh = true,
  mm = true, tl = true, bn = true, tv = true, info = true, news = true,
  gov = true, edu = true, asia = true, biz = true, www = true}

-- A pattern matching `letters` with an optional separator between any two,
-- in either case, anchored; its first letter must be a capital.  It is
-- tried only where the lower-cased text holds the first three letters
-- (found by ner.find), which is much cheaper than letting text:find try
-- every byte.
local function letters_pattern(letters)
  local parts = {"^" .. letters:sub(1, 1):upper()}
  for i = 2, #letters do
    local ch = letters:sub(i, i)
    parts[#parts + 1] = "[ %.%-]?[" .. ch .. ch:upper() .. "]"
  end
  return {table.concat(parts), letters:sub(1, 3)}
end

-- {exact forms, weak forms} of a site (a form is {pattern, its
-- first three letters}), remembered per site.
local OUTLET_MEMO, outlet_memo_n = {}, 0
local function outlet_forms(site)
  local m = OUTLET_MEMO[site]
  if m then return m end
  if outlet_memo_n >= 1000 then OUTLET_MEMO, outlet_memo_n = {}, 0 end
  local host = lower(site):gsub("^www%.", ""):gsub("[/:].*$", "")
  local labels = {}
  for l in host:gmatch("[^.]+") do labels[#labels + 1] = l end
  -- the labels before the domain's generic ones: "berita", "mediacorp"
  -- (and before its host's: "news" of news.contoh.com)
  while #labels > 1 and (DOMAIN_LABELS[labels[1]] or #labels[1] <= 2) do table.remove(labels, 1) end
  local n = #labels
  while n > 1 and (DOMAIN_LABELS[labels[n]] or #labels[n] <= 2) do n = n - 1 end
  local core = table.concat(labels, "", 1, n):gsub("%A", "")
  local full = host:gsub("%A", "")
  local exact, weak = {}, {}
  -- (the whole host first: "Hops.id" is one name, not "Hops" and a rest)
  if full ~= core and #full >= 5 then exact[#exact + 1] = letters_pattern(full) end
  if #core >= 4 then exact[#exact + 1] = letters_pattern(core) end
  -- the name without a tail the domain adds: a generic word or a place
  for cut = 5, #core - 2 do
    local tail = core:sub(cut + 1)
    local cap = tail:sub(1, 1):upper() .. tail:sub(2)
    local sp = not OUTLET_TAILS[tail] and TAGGER:find_all(cap, 0)
    if OUTLET_TAILS[tail] or (#sp == 1 and sp[1][1] == 1 and sp[1][2] == #cap and sp[1][3] == "location") then
      weak[#weak + 1] = letters_pattern(core:sub(1, cut))
    end
  end
  m = {exact, weak}
  OUTLET_MEMO[site] = m
  outlet_memo_n = outlet_memo_n + 1
  return m
end

-- Does a span [a, b] overlap a span of `pre`?
local function overlaps(pre, a, b)
  for _, sp in ipairs(pre) do
    if a <= sp[2] and sp[1] <= b then return true end
  end
  return false
end

-- Spans {start, stop, "organization"} of the outlet named in the story in
-- the spellings described above, from byte `from` on, added to `pre`
-- (a span overlapping one already there is left out).
local function site_mentions(text, site, from, pre)
  if type(site) ~= "string" then return end
  local m = outlet_forms(site)
  local function cue_before(a)
    local w = text:sub(math.max(1, a - 16), a - 1):match("(%a+) $")
    return w and OUTLET_CUE[lower(w)]
  end
  local low
  local function scan(form, need_cue)
    local at = from
    local pat, lead = form[1], form[2]
    low = low or lower(text)
    while true do
      local a = find_plain(low, lead, at)
      if not a then break end
      local _, b = text:find(pat, a)
      at = b and b + 1 or a + 1
      -- a whole word, not the first of a longer name ("Contohwire Media")
      -- nor the start of a domain ("Contoh-Kota.com" on kota.contoh.com)
      local ok = b and (a == 1 or not text:find("^%w", a - 1)) and not text:find("^[%w]", b + 1)
                 and not text:find("^ %u", b + 1) and not text:find("^%.%w", b + 1)
      if ok and need_cue then ok = cue_before(a) or not text:sub(a, b):find("%l") end
      if ok then
        -- "The Irrawaddy": the article in capitals belongs to the name
        if a > 4 and text:sub(a - 4, a - 1) == "The " and not text:find("^%w", a - 5) then a = a - 4 end
        if not overlaps(pre, a, b) then pre[#pre + 1] = {a, b, "organization"} end
      end
    end
  end
  for _, form in ipairs(m[1]) do scan(form, false) end
  for _, form in ipairs(m[2]) do scan(form, true) end
end

-- How many of the most frequent entity forms the export takes as keywords.
M.NTOP = 5

-- What TAGGER:tag does in C, span by span, for a document that is not
-- saring's own (a table with :tag and .text, as tests make): tags with the
-- surface as value, each lower-cased surface listed once under the kind of
-- its first occurrence.  (The export then counts the forms from the tags.)
local function tag_lua(doc, skip, pre)
  local text = doc.text
  local ents = {person = {}, location = {}, organization = {}}
  local spans, forms, seen = {}, {}, {}
  for _, sp in ipairs(pre or {}) do spans[#spans + 1] = sp end
  local npre = #spans
  for _, sp in ipairs(TAGGER:find_all(text, skip)) do
    -- a span overlapping one given is left out, as TAGGER:tag does
    local over = false
    for j = 1, npre do
      if sp[1] <= spans[j][2] and spans[j][1] <= sp[2] then over = true break end
    end
    if not over then spans[#spans + 1] = sp end
  end
  for _, sp in ipairs(spans) do
    local surface = text:sub(sp[1], sp[2])
    doc:tag(sp[1], sp[2], sp[3], surface)
    if not forms[surface] then
      forms[surface] = true
      local key = lower(surface)
      if not seen[key] then
        seen[key] = true
        local list = ents[sp[3]]
        list[#list + 1] = surface
      end
    end
  end
  return ents
end
M.tag_lua = tag_lua   -- for tests

function M.stage(doc)
  -- the dateline's place and outlet, tagged before the body's entities
  local text = doc.text
  local nl = text:find("\n", 1, true)
  local skip, pre = 0, nil
  local dl = dateline.parse_again(nl and text:sub(1, nl - 1) or text)
  if dl then
    skip, pre = dl.stop, {}
    -- "Contohdaily (Takengon) -" on contohdaily.com: the outlet first and
    -- its place in parentheses, read by the dateline as "Ternate (ANTARA)"
    local swap = dl.place and dl.outlet and text:sub(dl.outlet_start - 1, dl.outlet_start - 1) == "("
                 and names_site(dl.place, doc.meta.site)
                 and not names_site(dl.outlet, doc.meta.site)
    if dl.place then
      -- "PIKIRAN RAKYAT -" on pikiran-rakyat.com: the outlet, not a place
      local kind = (swap or not dl.outlet and names_site(dl.place, doc.meta.site)) and "organization" or "location"
      pre[#pre + 1] = {dl.place_start, dl.place_stop, kind}
    end
    if dl.region then pre[#pre + 1] = {dl.region_start, dl.region_stop, "location"} end
    if dl.outlet then pre[#pre + 1] = {dl.outlet_start, dl.outlet_stop, swap and "location" or "organization"} end
  end
  -- the outlet naming itself in lower case in the story: "kata Wira kepada
  -- kumparan" on kumparan.com, after a word that cues it
  local own, words, own_cap = site_names(doc.meta.site)
  if own then
    pre = pre or {}
    self_mentions(text, own, skip + 1, pre)
    word_mentions(text, own_cap, skip + 1, pre)
  end
  -- the outlet named with capitals: "Myanmar Now" on myanmar-now.org
  if words then
    pre = pre or {}
    outlet_mentions(text, words, skip + 1, pre)
  end
  -- the outlet named in any spelling of its domain's letters
  if type(doc.meta.site) == "string" then
    pre = pre or {}
    site_mentions(text, doc.meta.site, skip + 1, pre)
  end
  -- Every span becomes a tag whose value is its surface; the lists hold
  -- each lower-cased surface once, the top forms are the export's keywords.
  local ents, top
  if type(doc) == "userdata" then
    ents, top = TAGGER:tag(doc, skip, pre, M.NTOP)
  else
    ents = tag_lua(doc, skip, pre)
  end
  doc.meta.entities = ents
  doc.meta._entity_top = top
  return doc
end

return M
