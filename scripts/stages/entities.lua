-- Named entities of a cleaned news body: person, location, organization.
--
-- The tagger walks the runs of capitalised words of the body (plain Lua
-- patterns: only capitalised words are looked at) and splits each run into
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
-- ("Amerika Serikat (AS)").  The dateline's place and outlet are tagged.
-- Title Case lines (subheadings) only take gazetteer names.

local gaz      = require "stages.gazetteer"
local adapt    = require "stages.adapt"
local dateline = require "stages.dateline"

local M = {}
local find, sub, lower, byte, gmatch = string.find, string.sub, string.lower,
    string.byte, string.gmatch

-- ---------------------------------------------------------------------------
-- Tables built once per worker from the gazetteer
-- ---------------------------------------------------------------------------
local NAMES = {}       -- lower-cased name -> "person"|"location"|"organization"
local ACRO = {}        -- lower-cased name -> true when it must match in capitals
local MAXW = 1
local TITLES, TITLE_MAXW = {}, 1
local SURNAMES = {}    -- last words of well-known people

local function lines(s)
  local t = {}
  for l in s:gmatch("[^\n]+") do
    l = l:gsub("^%s+", ""):gsub("%s+$", "")
    if l ~= "" then t[#t + 1] = l end
  end
  return t
end

local function nwords(s)
  local _, n = s:gsub("%S+", "")
  return n
end

local function words_set(s)
  local t = {}
  for w in s:gmatch("%S+") do t[w] = true end
  return t
end

for _, kind in ipairs({"location", "organization", "person"}) do
  for _, name in ipairs(lines(gaz[kind])) do
    local key = lower(name)
    if not NAMES[key] then NAMES[key] = kind end
    if not name:find("%l") and #name <= 5 then
      if ACRO[key] == nil then ACRO[key] = true end
    else
      ACRO[key] = false         -- a mixed-case spelling exists too
    end
    local n = nwords(name)
    if n > MAXW then MAXW = n end
    if kind == "person" and n >= 2 then
      local last = name:match("(%S+)$")
      if #last >= 4 and not last:find("%.$") then SURNAMES[lower(last)] = true end
    end
  end
end
-- Every lower-cased prefix of a name that ends before a separator (a
-- space, hyphen, apostrophe, full stop): a run can hold a multi-word name
-- starting at a token only when the token's lower case is a name or such a
-- prefix, so the longest-match loops below skip every other token.
local function prefixes_of(t)
  local out = {}
  for key in pairs(t) do
    for p in key:gmatch("()[^%w\128-\255]") do
      if p > 1 then out[sub(key, 1, p - 1)] = true end
    end
  end
  return out
end
for _, t in ipairs(lines(gaz.titles)) do
  TITLES[lower(t)] = true
  local n = nwords(t)
  if n > TITLE_MAXW then TITLE_MAXW = n end
end
local NPREFIX, TPREFIX = prefixes_of(NAMES), prefixes_of(TITLES)
local ORG_HEADS = words_set(gaz.org_heads)
local ORG_WORDS = words_set(gaz.org_words)
local LOC_HEADS = {}
for _, l in ipairs(lines(gaz.loc_heads)) do LOC_HEADS[l] = true end
local GENERIC_LOC_HEAD = {Wilayah = true, Kawasan = true, Daerah = true,
  Region = true, Negeri = true, Bandar = true, Kota = false}
local COMMON = words_set(gaz.common)
local SPEECH = words_set(gaz.speech)

M.NAMES, M.TITLES = NAMES, TITLES

-- ---------------------------------------------------------------------------
-- Helpers
-- ---------------------------------------------------------------------------

-- Is the position `s` at a sentence start (after . ! ? : a dash, a line
-- break, or the text start, skipping spaces and opening quotes)?
local function sentence_start(text, s)
  local i = s - 1
  while i >= 1 do
    local c = byte(text, i)
    if c == 32 or c == 34 or c == 39 or c == 40 or c == 9 then
      i = i - 1
    elseif c == 0x9C or c == 0x98 then      -- “ ‘ (last byte)
      i = i - 3
    elseif c >= 0x80 and c <= 0xBF and i >= 3 and byte(text, i - 2) == 0xE2 then
      -- a dash or other punctuation sign
      local c2 = byte(text, i)
      return c2 == 0x94 or c2 == 0x93 or c2 == 0x9D
    else
      return c == 10 or c == 46 or c == 33 or c == 63 or c == 58 or c == 45
    end
  end
  return true
end

-- An Indonesian/Malay derived word (ke-an, pe-an, ber-, me-kan, di-i ...):
-- a common noun or verb when it opens a sentence.
local function derived(w)
  if #w < 7 then return false end
  if find(w, "an$") and (find(w, "^ke") or find(w, "^pe") or find(w, "^se")
      or find(w, "^be")) then return true end
  if find(w, "^me") or find(w, "^di") or find(w, "^ber") or find(w, "^ter") then
    return find(w, "kan$") or find(w, "nya$") or find(w, "i$") or #w >= 8
  end
  if find(w, "an$") and #w >= 8 and not find(w, "[wmy]an$") then return true end
  return find(w, "nya$") ~= nil
end

-- In a heading, any word with a derivational prefix is a common word.
local function heading_common(w)
  return #w >= 6 and (find(w, "^me") or find(w, "^di") or find(w, "^be")
      or find(w, "^te") or find(w, "^se") or find(w, "^ke") or find(w, "^pe"))
      ~= nil
end

local name_shape
local function name_like(tok)
  return name_shape(tok) and not ORG_WORDS[tok] and not ORG_HEADS[tok]
      and not LOC_HEADS[tok]
end
name_shape = function(tok)
  return find(tok, "^[%u\195][%l\128-\191][%l\128-\191%-']*$") ~= nil
      or find(tok, "^[%u\195][%l\128-\191]+%-[%u%l][%l]+$") ~= nil
      or find(tok, "^%u[%l]+%-%l+$") ~= nil
end

-- These tests depend only on the word, and the same words come back page
-- after page: remember their answers (per worker; the cache starts over
-- past 50,000 words so a long run cannot grow it without bound).
local function memo(fn)
  local cache, n = {}, 0
  return function(w)
    local v = cache[w]
    if v == nil then
      v = fn(w) and true or false
      n = n + 1
      if n > 50000 then cache, n = {}, 0 end
      cache[w] = v
    end
    return v
  end
end
derived, heading_common, name_like = memo(derived), memo(heading_common), memo(name_like)

-- ---------------------------------------------------------------------------
-- The tagger
-- ---------------------------------------------------------------------------

-- Tag entities of `text`; calls emit(start, stop, type) for each span.
-- `skip_to` is the last byte of a dateline not to scan.
local EVENT = words_set(gaz.event_words)
local ORG_TAILS = words_set(gaz.org_tails)
local DIRECTION = {Barat = true, Timur = true, Utara = true, Selatan = true,
  Tengah = true, Raya = true, West = true, East = true, North = true,
  South = true, Central = true, Laut = true, Daya = true, Hulu = false}
local LOC_PREPS = {di = true, ke = true, ["in"] = true, at = true,
  near = true, dekat = true, menuju = true, kawasan = true, daerah = true,
  kecamatan = true, kelurahan = true, desa = true, kampung = true,
  kabupaten = true, kota = true, provinsi = true, wilayah = true,
  towards = true, across = true, around = true, pulau = true, negeri = true,
  bandar = true, dari = false}
local LOC_TAILS = {River = true, District = true, Regency = true,
  Island = true, Islands = true, Province = true, Strait = true,
  Mountain = true, Mountains = true, Lake = true, Bay = true, Valley = true,
  Peninsula = true, County = true, Sea = true}
local COMPANY_HEADS = {PT = true, CV = true}
local CONNECT_ORG = {[" dan "] = true, [" and "] = true, [" for "] = true,
  [" of "] = true, [" untuk "] = true, [" & "] = true}
local CONNECT = {[" "] = true, ["-"] = true, [" of "] = true, [" bin "] = true,
  [" binti "] = true, [" van "] = true, [" von "] = true, [" de "] = true,
  [" al-"] = true, [" der "] = true, [" da "] = true}
local GAP_MAX = 0            -- the longest joiner of CONNECT / CONNECT_ORG
for _, t in ipairs({CONNECT, CONNECT_ORG}) do
  for k in pairs(t) do if #k > GAP_MAX then GAP_MAX = #k end end
end

-- Do the initials of tokens a..b spell the acronym (as a subsequence with
-- the same first letter)?  "Ministry of Health" / MOH, "Institute for
-- Development of Economics and Finance" / Indef.
local function initials_match(toks, a, b, acr)
  acr = lower(acr)
  local ini = {}
  for x = a, b do ini[#ini + 1] = lower(sub(toks[x], 1, 1)) end
  local n = #ini
  if n < 2 or n < #acr - 2 or n > #acr then return false end
  if ini[1] ~= sub(acr, 1, 1) then return false end
  local pos = 1
  for x = 1, n do
    local f = find(acr, ini[x], pos, true)
    if not f then return false end
    pos = f + 1
  end
  return true
end

-- A capitalised word (without its trailing hyphen, apostrophe or stop).
local find_cap = adapt.byte_finder("[%u\195][%w\128-\191\195-\201]*",
                                   "[A-Z\\xC3][A-Za-z0-9\\x80-\\xBF\\xC3-\\xC9]*")

-- The same words in one C pass (saring.lines.capwords), arrays reused.
local native_capwords = adapt.lines and adapt.lines.capwords
local CW = {}

function M.find_all(text, skip_to)
  local spans = {}
  local function emit(s, e, kind)
    spans[#spans + 1] = {s, e, kind}
  end

  -- heading lines: Title Case lines without a sentence end that a prose
  -- line follows (subheadings); lists of names are not headings
  local heading = {}     -- array of {start, stop}
  do
    local pos = 1
    local n = #text
    local prev
    while pos <= n do
      local e = find(text, "\n", pos, true) or (n + 1)
      local len = e - pos
      local line = len <= 120 and sub(text, pos, e - 1) or nil
      local w = line and nwords(line) or 99
      if prev then
        if w > 12 then heading[#heading + 1] = prev end
        prev = nil
      end
      if line and w > 0 and w <= 12 and not find(line, "[%.!?:;,\"”]%s*$") then
        local _, caps = line:gsub("%f[%w\128-\255][%u\195]", "")
        if caps >= 0.6 * w then prev = {pos, e - 1} end
      end
      pos = e + 1
    end
  end
  local function in_heading(s)
    for i = 1, #heading do
      local h = heading[i]
      if s >= h[1] and s <= h[2] then return true end
    end
    return false
  end

  -- collect capitalised tokens (and their lower case, with saring.lines)
  local toks, ts, te, lks = {}, {}, {}, {}
  local inits             -- sentence-initial flags per token, from C
  local nt = 0
  local scan = (skip_to or 0) + 1
  if native_capwords then
    local n, c = native_capwords(text, scan, CW)
    local cw, cl, cs, ce, ch = c.word, c.lower, c.start, c.stop, c.hyphen
    local split = false
    if c.nhyphen > 0 then
      for x = 1, n do
        if ch[x] and not NAMES[cl[x]] then split = true; break end
      end
    end
    local ci = c.initial
    if not split then
      -- nothing to split: the C arrays are the token arrays (read only)
      toks, ts, te, lks, nt = cw, cs, ce, cl, n
      inits = ci
    else
      -- copy the stretches between split words with table.move
      inits = {}
      local move = table.move
      local function copy(from, to)
        if to >= from then
          move(cw, from, to, nt + 1, toks)
          move(cs, from, to, nt + 1, ts)
          move(ce, from, to, nt + 1, te)
          move(cl, from, to, nt + 1, lks)
          move(ci, from, to, nt + 1, inits)
          nt = nt + to - from + 1
        end
      end
      local from = 1
      for x = 1, n do
        if ch[x] and not NAMES[cl[x]] then
          copy(from, x - 1)
          -- "Utara-Rusia", "Rusia-Ukraina": two names
          local off = cs[x]
          for part in (cw[x] .. "-"):gmatch("([^-]*)%-") do
            if part ~= "" then
              nt = nt + 1
              toks[nt], ts[nt], te[nt] = part, off, off + #part - 1
              inits[nt] = sentence_start(text, off)
            end
            off = off + #part + 1
          end
          from = x + 1
        end
      end
      copy(from, n)
    end
    scan = #text + 1                      -- the loop below has nothing to do
  end
  while scan <= #text do
    -- a plain word first; the slow path only when a hyphen, apostrophe or
    -- full stop follows it (the byte loop below is the same token rule)
    local s, e = find_cap(text, scan)
    if not s then break end
    local nb = byte(text, e + 1)
    local plain = nb ~= 45 and nb ~= 39 and nb ~= 46
    if not plain then
      local _, e2 = find(text, "^[%w\128-\191\195-\201%-'%.]*", e + 1)
      e = e2
    end
    scan = e + 1
    local pb = s > 1 and byte(text, s - 1) or 32
    local tok = (pb < 48 or (pb > 57 and pb < 65) or (pb > 90 and pb < 97) or (pb > 122 and pb < 128)
                 or (pb >= 0x80 and pb <= 0xBF and s > 3 and byte(text, s - 3) == 0xE2))
                and sub(text, s, e) or nil
    if tok and plain then
      nt = nt + 1
      toks[nt], ts[nt], te[nt] = tok, s, e
    elseif tok then
      local t2 = tok:gsub("[%.%-']+$", "")
      if t2 ~= "" then
        if find(t2, "%-[%u\195]") and not NAMES[lower(t2)] then
          -- "Utara-Rusia", "Rusia-Ukraina": two names
          local off = s
          for part in (t2 .. "-"):gmatch("([^-]*)%-") do
            if part ~= "" then
              nt = nt + 1
              toks[nt], ts[nt], te[nt] = part, off, off + #part - 1
            end
            off = off + #part + 1
          end
        else
          nt = nt + 1
          toks[nt], ts[nt], te[nt] = t2, s, s + #t2 - 1
        end
      end
    end
  end

  -- Is the lower-cased word written between spaces somewhere in the text
  -- (so it is a common word)?  One search per distinct word and page.
  local LOWSEEN = setmetatable({}, {__index = function(t, w)
    -- search the word (its first letter is rarer than a space), then
    -- check the spaces around it
    local v, init = false, 1
    while true do
      local a, b = find(text, w, init, true)
      if not a then break end
      if byte(text, a - 1) == 32 and byte(text, b + 1) == 32 then v = true; break end
      init = a + 1
    end
    t[w] = v
    return v
  end})

  -- lower-cased tokens, made when first needed
  local LK = setmetatable(lks, {__index = function(t, k)
    local v = lower(toks[k])
    t[k] = v
    return v
  end})

  local function prev_word(pos)
    return sub(text, math.max(1, pos - 14), pos - 1):match("(%a+)%s*$")
  end

  local singles = {}      -- unresolved single words {s, e, tok}
  local persons_parts = {}
  local acr_types = {}    -- acronyms defined in the text -> type
  -- The state of the current run, shared with flush (made once per page,
  -- not once per run).
  local rs, re_, initial, head_only, pending_s, after_title

  local function flush(upto)
    -- classify pending unknown tokens pending_s..upto
    if not pending_s then return end
    local a, b = pending_s, upto
    pending_s = nil
    local p = a
    while p <= b do
      while p <= b and (COMMON[toks[p]] or not name_like(toks[p])
                        or (head_only and (LOWSEEN[LK[p]]
                                           or heading_common(lower(toks[p]))))) do
        if head_only and name_like(toks[p]) then
          singles[#singles + 1] = {ts[p], te[p], toks[p]}
        end
        p = p + 1
      end
      if p > b then break end
      local q = p
      while q + 1 <= b and not COMMON[toks[q + 1]] and name_like(toks[q + 1]) do q = q + 1 end
      if initial and p == rs and q > p and persons_parts[lower(toks[p + 1])]
          and not persons_parts[lower(toks[p])] then
        p = p + 1                    -- "Kunjungan Shoigu": a word + a known name
      end
      local cnt = q - p + 1
      local pw = prev_word(ts[p])
      local last = spans[#spans]
      -- only compared with short joiners (" dan ", ", and ")
      local gap_prev = last and (ts[p] - 1 - last[2] <= 8
                                 and sub(text, last[2] + 1, ts[p] - 1) or "")
      local age = find(text, "^ %(%d%d?%d?%)", te[q] + 1)
      -- a place may end in a direction word: "Halmahera Barat"
      local qd = q
      if qd < b and DIRECTION[toks[qd + 1]] then qd = qd + 1 end
      local after_s = sub(text, te[qd] + 1, te[qd] + 8)
      local listy = gap_prev == " dan " or gap_prev == " and " or gap_prev == ", and "
          or gap_prev == " serta " or gap_prev == " & "
          or (gap_prev == ", " and (find(after_s, "^,? [%u]") or find(after_s, "^,? dan %u")
                                    or find(after_s, "^,? and %u")))
      if acr_types[toks[p]] and cnt == 1 then
        emit(ts[p], te[p], acr_types[toks[p]])
      elseif LOC_TAILS[toks[q]] and q > p then
        emit(ts[p], te[q], "location")
      elseif not age and cnt <= 3 and ((pw and LOC_PREPS[lower(pw)] and not (initial and p == rs))
          or (last and last[3] == "location" and cnt <= 2 and listy)) then
        -- "di Jatiasih dan Rawalumbu", "in Bedok, Jurong West and Tampines"
        emit(ts[p], te[qd], "location")
        q = qd
      elseif head_only then
        for x = p, q do singles[#singles + 1] = {ts[x], te[x], toks[x]} end
      elseif cnt >= 2 and cnt <= 4 then
        emit(ts[p], te[q], "person")
        persons_parts[lower(toks[p])] = true
        persons_parts[lower(toks[q])] = true
      elseif cnt == 1 then
        local tok = toks[p]
        local nxt = sub(text, te[p] + 1, te[p] + 14):match("^[%s,]*(%a+)")
        if (after_title and p == a and p == re_) or age
            or (pw and SPEECH[lower(pw)])
            or (nxt and SPEECH[lower(nxt)] and not (initial and p == rs)) then
          emit(ts[p], te[p], "person")
          persons_parts[lower(tok)] = true
        elseif SURNAMES[lower(tok)] then
          emit(ts[p], te[p], "person")
        else
          singles[#singles + 1] = {ts[p], te[p], tok}
        end
      end
      p = q + 1
    end
  end

  local i = 1
  while i <= nt do
    -- extend the run over single spaces and name particles; an
    -- organisation head also takes "dan", "and", "for", "of"
    local j = i
    local orgrun = ORG_HEADS[toks[i]] or ORG_HEADS[toks[i + 1] or ""]
    while j < nt do
      local gs = te[j] + 1
      local gl = ts[j + 1] - gs                -- CONNECT gaps are short
      local gap = (gl == 1 and byte(text, gs) == 32) and " "
          or gl <= GAP_MAX and sub(text, gs, ts[j + 1] - 1) or ""
      if CONNECT[gap] or (orgrun and CONNECT_ORG[gap]) then
        j = j + 1
      else
        break
      end
    end
    rs, re_ = i, j
    if inits then initial = inits[rs] else initial = sentence_start(text, ts[rs]) end
    head_only = heading[1] ~= nil and in_heading(ts[rs])
    local k = rs
    pending_s = nil
    after_title = false


    -- a sentence-initial common first word is no name
    if initial and k <= re_ then
      local t1 = toks[k]
      local key1 = LK[k]
      if (COMMON[t1] or (not NAMES[key1] and not SURNAMES[key1]
            and (LOWSEEN[key1] or derived(key1))))
          and not LOC_HEADS[t1] and not ORG_HEADS[t1] and not TITLES[key1] then
        local long = false
        if NPREFIX[LK[k]] then
          for m = math.min(re_, k + MAXW - 1), k + 1, -1 do
            if NAMES[lower(sub(text, ts[k], te[m]))] then long = true; break end
          end
        end
        if not long then k = k + 1 end
      end
    end

    -- events, programmes and laws are not tagged at all
    local skip_run = false
    for x = k, re_ do
      if EVENT[toks[x]] then skip_run = true; break end
    end

    -- "Long Name (ACR)": the longest tail of the run whose initials spell
    -- the acronym is one name
    local acr_from, acr, acr_s
    if not skip_run then
      local as_, a
      if byte(text, te[re_] + 2) == 40 then      -- " ("
        as_, a = text:match("^ %(()(%u[%w]+)%)", te[re_] + 1)
      end
      if a and #a >= 2 and #a <= 12 then
        local titlecase = find(a, "^%u%l+$") ~= nil
        for m = k, re_ - 1 do
          if initials_match(toks, m, re_, a) and (not titlecase or re_ - m >= 2) then
            acr_from = m; break
          end
        end
        if not acr_from and not titlecase and ORG_HEADS[toks[k]] and re_ > k then
          acr_from = k                 -- "Jabatan Perangkaan Malaysia (DOSM)"
        end
        if acr_from then
          local known = NAMES[lower(sub(text, ts[acr_from], te[re_]))]
          if known then
            -- a known name: the run is processed as usual, the acronym
            -- takes the name's type ("Amerika Serikat (AS)")
            acr_types[a] = known
            emit(as_, as_ + #a - 1, known)
            acr_from = nil
          end
        end
        acr, acr_s = a, as_
      end
    end

    -- an organisation closed by a tail word: "Industry Ministry"
    local tail_org = not skip_run and not acr_from and re_ > k and ORG_TAILS[toks[re_]]

    if skip_run then
      k = re_ + 1
    elseif tail_org then
      local from = k
      while from < re_ and TITLES[lower(toks[from])] do from = from + 1 end
      emit(ts[from], te[re_], "organization")
      k = re_ + 1
    end

    local stop_at = acr_from and acr_from - 1 or re_
    while k <= stop_at do
      local matched = false
      -- an organisation head that reaches further than any gazetteer name
      local org_end
      if ORG_HEADS[toks[k]] and k < stop_at and not head_only then
        local m = k + 1
        if COMPANY_HEADS[toks[k]] then
          m = stop_at + 1
        else
          while m <= stop_at and (ORG_WORDS[toks[m]] or (find(toks[m], "^%u%u+$") and #toks[m] <= 6 and not NAMES[lower(toks[m])])) do
            m = m + 1
          end
          if m <= stop_at and (NAMES[LK[m]] or NPREFIX[LK[m]]) then
            for q = math.min(stop_at, m + MAXW - 1), m, -1 do
              local kind = NAMES[lower(sub(text, ts[m], te[q]))]
              if kind == "location" or kind == "organization" then
                m = q + 1
                break
              end
            end
          end
        end
        if m - 1 > k then org_end = m - 1 end
      end
      local gaz_end, gaz_kind
      for m = (NAMES[LK[k]] or NPREFIX[LK[k]]) and math.min(stop_at, k + MAXW - 1) or 0, k, -1 do
        local surface = m == k and toks[k] or sub(text, ts[k], te[m])
        local key = m == k and LK[k] or lower(surface)
        local kind = NAMES[key]
        if kind and (not ACRO[key] or not find(surface, "%l"))
            and byte(text, te[m] + 1) ~= 36 then      -- not "$" (US$)
          gaz_end, gaz_kind = m, kind
          break
        end
      end
      if org_end and (not gaz_end or org_end > gaz_end) then
        flush(k - 1)
        emit(ts[k], te[org_end], "organization")
        k = org_end + 1
        matched = true
        after_title = false
      elseif gaz_end then
        flush(k - 1)
        local e2 = gaz_end
        -- a regional office: "BPBD Kota Bekasi", "BPBD Halmahera Barat"
        if gaz_kind == "organization" and not find(toks[k], "%l") and e2 < stop_at then
          local m = e2 + 1
          if LOC_HEADS[toks[m]] and m < stop_at then m = m + 1 end
          local kind2 = NAMES[lower(toks[m])]
          local dir = m < stop_at and DIRECTION[toks[m + 1]]
          if kind2 == "location" or (LOC_HEADS[toks[m - 1]] and name_like(toks[m]))
              or (not kind2 and dir and name_like(toks[m])) then
            e2 = m
            if e2 < stop_at and DIRECTION[toks[e2 + 1]] then e2 = e2 + 1 end
          end
        end
        emit(ts[k], te[e2], gaz_kind)
        if gaz_kind == "person" then
          persons_parts[lower(toks[k])] = true
          persons_parts[lower(toks[e2])] = true
        end
        k = e2 + 1
        matched = true
        after_title = false
      end
      if not matched and (TITLES[LK[k]] or TPREFIX[LK[k]]) then
        for m = math.min(stop_at, k + TITLE_MAXW - 1), k, -1 do
          if TITLES[lower(sub(text, ts[k], te[m]))] then
            flush(k - 1)
            k = m + 1
            matched = true
            after_title = true
            break
          end
        end
      end
      if not matched and LOC_HEADS[toks[k]] and k < stop_at and not head_only then
        local m = k + 1
        local q
        for x = (NAMES[LK[m]] or NPREFIX[LK[m]]) and math.min(stop_at, m + MAXW - 1) or 0, m, -1 do
          if NAMES[lower(sub(text, ts[m], te[x]))] == "location" then q = x; break end
        end
        if not q and name_like(toks[m]) and not COMMON[toks[m]] and not TITLES[lower(toks[m])] then
          q = m
          if q < stop_at and DIRECTION[toks[q + 1]] then q = q + 1 end
        end
        if q then
          flush(k - 1)
          local from = k
          if GENERIC_LOC_HEAD[toks[k]] and initial and k == rs then from = k + 1 end
          emit(ts[from], te[q], "location")
          k = q + 1
          matched = true
          after_title = false
        end
      end
      if not matched then
        pending_s = pending_s or k
        k = k + 1
      end
    end
    flush(stop_at)
    if acr_from then
      local surface = sub(text, ts[acr_from], te[re_])
      local kind = NAMES[lower(surface)] or "organization"
      emit(ts[acr_from], te[re_], kind)
      emit(acr_s, acr_s + #acr - 1, kind)
      acr_types[acr] = kind
    end
    i = re_ + 1
  end

  -- single words that repeat a person's first or last name, or an acronym
  -- defined earlier
  for x = 1, #singles do
    local sgl = singles[x]
    if persons_parts[lower(sgl[3])] and not COMMON[sgl[3]] then
      emit(sgl[1], sgl[2], "person")
    elseif acr_types[sgl[3]] then
      emit(sgl[1], sgl[2], acr_types[sgl[3]])
    end
  end

  -- spans come mostly in text order: sort only when they are not strictly
  -- increasing (so the result is the same as always sorting)
  local sorted = true
  for x = 2, #spans do
    if spans[x][1] <= spans[x - 1][1] then sorted = false; break end
  end
  if not sorted then
    -- numeric keys (start, then the reverse of emission order) sort
    -- without a Lua comparator; of two spans at one start the later one
    -- wins (a later pass knows more: an acronym's defined type)
    local keys, ns = {}, #spans
    for x = 1, ns do keys[x] = spans[x][1] * 1048576 + (1048575 - x) end
    table.sort(keys)
    local sorted_spans = {}
    for x = 1, ns do sorted_spans[x] = spans[1048575 - keys[x] % 1048576] end
    spans = sorted_spans
  end
  -- drop overlaps (keep the first)
  local out, last = {}, 0
  for x = 1, #spans do
    local sp = spans[x]
    if sp[1] > last then
      out[#out + 1] = sp
      last = sp[2]
    end
  end
  return out
end

function M.stage(doc)
  local text = doc.text
  local ents = {person = {}, location = {}, organization = {}}
  local seen = {}
  local counts = {}     -- surface -> tags, for the export's keywords
  local function add(kind, s, e)
    local surface = sub(text, s, e)
    doc:tag(s, e, kind, surface)
    local c = counts[surface]
    counts[surface] = (c or 0) + 1
    if not c then                   -- a new surface: is its lower case new?
      local key = lower(surface)
      if not seen[key] then
        seen[key] = true
        local list = ents[kind]
        list[#list + 1] = surface
      end
    end
  end
  -- the dateline's place and outlet
  local first_line = text:match("^[^\n]*")
  local skip = 0
  local dl = first_line and dateline.parse(first_line)
  if dl then
    skip = dl.stop
    if dl.place then add("location", dl.place_start, dl.place_stop) end
    if dl.region then add("location", dl.region_start, dl.region_stop) end
    if dl.outlet then add("organization", dl.outlet_start, dl.outlet_stop) end
  end
  local spans = M.find_all(text, skip)
  for x = 1, #spans do
    local sp = spans[x]
    add(sp[3], sp[1], sp[2])
  end
  doc.meta.entities = ents
  doc.meta._entity_counts = counts
  return doc
end

return M
