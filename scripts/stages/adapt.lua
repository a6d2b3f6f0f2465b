-- Adapters between the news stages and saring's C helpers.
--
-- Every use of a native module goes through this file.  Each adapter tries
-- `require "saring.X"` once; when the module is missing (plain lua5.4, or a
-- core built without it) a plain-Lua fallback with the same contract is used,
-- so the pipeline works at every stage of the project and gets faster as the
-- helpers land.  Nothing here keeps cross-document state except the fallback
-- counter, which is per worker by nature.

local M = {}

local function try(name)
  local ok, mod = pcall(require, name)
  if ok and type(mod) == "table" then return mod end
  return nil
end

M.saring   = try "saring"
M.text     = try "saring.text"
M.hash     = try "saring.hash"
M.patterns = try "saring.patterns"
M.langmod  = try "saring.lang"
M.json     = try "saring.json"
M.lines    = try "saring.lines"
M.ner      = try "saring.ner"
M.quantity = try "saring.quantity"
M.re       = try "saring.re"
M.newsdates = try "saring.newsdates"

-- ---------------------------------------------------------------------------
-- Whitespace and Unicode repair
-- ---------------------------------------------------------------------------

-- Byte sequences of common mojibake (UTF-8 read as CP1252/Latin-1, then
-- re-encoded) and their repair.  Checked only when the text contains the
-- tell-tale lead "Ã", "â€" or "Â", so clean text pays one find.
local MOJIBAKE = {
  {"\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2", "\xE2\x80\x99"},  -- â€™ -> ’
  {"\xC3\xA2\xE2\x82\xAC\xCB\x9C", "\xE2\x80\x98"},      -- â€˜ -> ‘
  {"\xC3\xA2\xE2\x82\xAC\xC5\x93", "\xE2\x80\x9C"},      -- â€œ -> “
  {"\xC3\xA2\xE2\x82\xAC\xC2\x9D", "\xE2\x80\x9D"},      -- â€\x9d -> ”
  {"\xC3\xA2\xE2\x82\xAC\xE2\x80\x9C", "\xE2\x80\x93"},  -- â€“ -> –
  {"\xC3\xA2\xE2\x82\xAC\xE2\x80\x9D", "\xE2\x80\x94"},  -- â€” -> —
  {"\xC3\xA2\xE2\x82\xAC\xC2\xA6", "\xE2\x80\xA6"},      -- â€¦ -> …
  {"\xC3\x82\xC2\xA0", " "},                             -- Â<NBSP> -> space
  {"\xC3\x83\xC2\xA9", "\xC3\xA9"},                      -- Ã© -> é
}

local function fix_mojibake(s)
  -- plain searches: a pattern with a class would be tried at every byte
  if s:find("\xC3\x82", 1, true) or s:find("\xC3\x83", 1, true)
      or s:find("\xC3\xA2", 1, true) then
    for i = 1, #MOJIBAKE do
      local from, to = MOJIBAKE[i][1], MOJIBAKE[i][2]
      if s:find(from, 1, true) then
        s = s:gsub(from:gsub("%p", "%%%0"), to)
      end
    end
  end
  -- U+0100 (Ā) stands for a mangled NBSP in scraped Indonesian pages; the
  -- letter itself does not occur in Indonesian, Malay or English.
  if s:find("\xC4\x80", 1, true) then s = s:gsub("\xC4\x80", " ") end
  return s
end

-- Plain-Lua version of text.clean_spaces: CRLF/CR -> LF, NBSP and Unicode
-- spaces -> space, zero-width, BOM, soft hyphen and control characters
-- removed, runs of spaces collapsed, lines trimmed.
local function clean_spaces_lua(s)
  if s:find("\r", 1, true) then s = s:gsub("\r\n?", "\n") end
  if s:find("[\xC2\xE2\xEF]") then
    s = s:gsub("\xC2[\x80-\x9F]", "")                  -- C1 controls
         :gsub("\xC2\xAD", "")                         -- soft hyphen
         :gsub("\xC2\xA0", " ")                        -- NBSP
         :gsub("\xE2\x80[\x8B-\x8F]", "")              -- ZWSP, ZWNJ, ZWJ, marks
         :gsub("\xE2\x81\xA0", "")                     -- word joiner
         :gsub("\xEF\xBB\xBF", "")                     -- BOM
         :gsub("\xE2\x80[\x80-\x8A\xA8\xA9\xAF]", " ") -- Unicode spaces
         :gsub("\xE2\x81\x9F", " ")
  end
  if s:find("[%z\1-\8\11\12\14-\31\127]") then
    s = s:gsub("[%z\1-\8\11\12\14-\31\127]", "")
  end
  if s:find("\t", 1, true) then s = s:gsub("\t", " ") end
  if s:find("  ", 1, true) then s = s:gsub("  +", " ") end
  s = s:gsub("\n ", "\n"):gsub(" \n", "\n")
  return (s:gsub("^ ", ""):gsub(" $", ""))
end

local native_clean = M.text and M.text.clean_spaces
-- clean_text(s): s is a string or a document; the native helper reads a
-- document's own buffer, so its text is not first copied into a Lua string.
function M.clean_text(s)
  if native_clean then
    local ok, out = pcall(native_clean, s)
    if ok and type(out) == "string" then
      -- the native helper may leave Unicode spaces that we know about
      return fix_mojibake(out)
    end
  end
  if type(s) ~= "string" then s = s.text end
  return fix_mojibake(clean_spaces_lua(s))
end
M.clean_spaces_lua = clean_spaces_lua
M.fix_mojibake = fix_mojibake

local native_nfc = M.text and M.text.normalize
function M.nfc(s)
  if native_nfc and s:find("[\xCC\xCD]") then       -- combining marks present
    local ok, out = pcall(native_nfc, s, "NFC")
    if ok and type(out) == "string" then return out end
  end
  return s
end

-- ---------------------------------------------------------------------------
-- Byte-pattern search
-- ---------------------------------------------------------------------------
-- find(s, init) -> start, stop and the captures of the first match of a
-- byte-level pattern: the PCRE2 regex `rx` (compiled with the "b" flag:
-- bytes, no UTF-8 check) when saring.re is there, else the equivalent Lua
-- pattern `luapat` (the same groups in the same order).  A Lua pattern with
-- a class tries every byte of the text in the interpreter's matcher; PCRE2's
-- JIT skips ahead to possible starts, 3 to 15 times faster on news pages.
function M.byte_finder(luapat, rx)
  if M.re and M.re.compile then
    local ok, r = pcall(M.re.compile, rx, "b")
    if ok and r then
      local rfind = r.find
      return function(s, init) return rfind(r, s, init) end
    end
  end
  local find = string.find
  return function(s, init) return find(s, luapat, init) end
end

-- ---------------------------------------------------------------------------
-- Sentence heads (the keys of the clean stage's teaser index)
-- ---------------------------------------------------------------------------
-- head_key(s [, init]): the first five words of s from byte init,
-- lower-cased, after any white space, punctuation and curly quotes that open
-- it; nil when fewer words follow.
-- sentence_heads(s, init, 5, t): n, t with t[1] = head_key(s, init) and then
-- the head of every sentence that starts after init (". Kata", '." "Kami'),
-- false where there is none.  saring.lines does both in C; the fallbacks
-- are the Lua pattern and the regex it reads like.
local HEAD_PAT = "^[%s%p\xE2\x80\x9C\x9D\x98\x99]*(%S+ %S+ %S+ %S+ [%w\128-\255]+)"
local function head_key_lua(s, init)
  local k = s:match(HEAD_PAT, init)
  return k and k:lower()
end
local find_sentence = M.byte_finder(
  "[%.!?][\"\xE2\x80\x9D]*%s+[\"\xE2\x80\x9C]*%u",
  "[.!?][\"\\xE2\\x80\\x9D]*[ \\t\\n\\x0b\\f\\r]+[\"\\xE2\\x80\\x9C]*[A-Z]")
local function sentence_heads_lua(s, init, nwords, t)
  assert(nwords == 5, "the Lua sentence heads are of five words")
  t = t or {}
  local n = 1
  t[1] = head_key_lua(s, init) or false
  local pos = init
  while true do
    local a, e = find_sentence(s, pos)
    if not a then break end
    n = n + 1
    t[n] = head_key_lua(s, e) or false
    pos = e + 1
  end
  for i = #t, n + 1, -1 do t[i] = nil end
  return n, t
end
M.head_key = M.lines and M.lines.head or head_key_lua
M.sentence_heads = M.lines and M.lines.heads or sentence_heads_lua

-- teasers(S, KIND, n, init, nwords, t): m, t with t[2k - 1], t[2k] the
-- pairs i, j (k = 1..m) where the head of the prose or short line i (KIND
-- "P" or "S") is the head of a sentence of another prose line j, the first
-- of the longest such; a prose line's heads start at init[i] or 1.  In C
-- with saring.lines (one hash table, no string per head).
local HEADS_T = {}
local function teasers_lua(S, KIND, n, init, nwords, t)
  local heads = {}
  for i = 1, n do
    if KIND[i] == "P" then
      local line = S[i]
      local nh, hks = M.sentence_heads(line, init[i] or 1, nwords, HEADS_T)
      local len = #line
      for h = 1, nh do
        local hk = hks[h]
        if hk then
          local j = heads[hk]
          if not j or #S[j] < len then heads[hk] = i end
        end
      end
    end
  end
  t = t or {}
  local m = 0
  for i = 1, n do
    local k = KIND[i]
    if k == "P" or k == "S" then
      local hk = M.head_key(S[i], 1, nwords)
      local j = hk and heads[hk]
      if j and j ~= i then
        t[m + 1], t[m + 2] = i, j
        m = m + 2
      end
    end
  end
  for x = #t, m + 1, -1 do t[x] = nil end
  return m // 2, t
end
M.teasers_lua = teasers_lua
M.teasers = M.lines and M.lines.teasers or teasers_lua

-- join(S, KIND, n, keep): the lines i = 1..n whose kind KIND[i] is one of
-- the letters of keep, joined with "\n", and their number.  In C with
-- saring.lines (one buffer of the exact size).
local JOIN_T = {}
function M.join_lua(S, KIND, n, keep)
  local m = 0
  for i = 1, n do
    local k = KIND[i]
    if type(k) == "string" and #k == 1 and keep:find(k, 1, true) then
      m = m + 1
      JOIN_T[m] = S[i]
    end
  end
  for x = #JOIN_T, m + 1, -1 do JOIN_T[x] = nil end
  return table.concat(JOIN_T, "\n"), m
end
M.join = M.lines and M.lines.join or M.join_lua

-- repeats(S, KIND, n, t): m, t with t[3k - 2], t[3k - 1], t[3k] = i, j,
-- adjacent for each non-empty line i of kind "P" or "S" whose text equals
-- an earlier such line, j the first of that text; adjacent is true when j
-- is the nearest line before i of kind "P", "S" or "B".  In C with
-- saring.lines (one hash table); here the first line of each text is found
-- among the earlier lines of the same length (a paragraph as a table key
-- would be hashed whole).
function M.repeats_lua(S, KIND, n, t)
  t = t or {}
  local m = 0
  local bylen = {}        -- length -> the first line of that length, or a list
  local function seen_as(key, i)
    local len = #key
    local f = bylen[len]
    if f == nil then
      bylen[len] = i
    elseif type(f) == "number" then
      if S[f] == key then return f end
      bylen[len] = {f, i}
    else
      for x = 1, #f do
        if S[f[x]] == key then return f[x] end
      end
      f[#f + 1] = i
    end
    return nil
  end
  local last_i
  for i = 1, n do
    local k = KIND[i]
    if k == "P" or k == "S" then
      local key = S[i]
      if key ~= "" then
        local j = seen_as(key, i)
        if j then
          t[m + 1], t[m + 2], t[m + 3] = i, j, j == last_i
          m = m + 3
        end
      end
      last_i = i
    elseif k == "B" then
      last_i = i
    end
  end
  for x = #t, m + 1, -1 do t[x] = nil end
  return m // 3, t
end
M.repeats = M.lines and M.lines.repeats or M.repeats_lua

-- A key for "same line" comparisons: lower case, letters and digits only
-- (non-ASCII bytes kept), in C with saring.lines.
function M.norm_key_lua(s)
  return (s:lower():gsub("[^%w\128-\255]+", ""))
end
M.norm_key = M.lines and M.lines.key or M.norm_key_lua

-- ---------------------------------------------------------------------------
-- Counting words
-- ---------------------------------------------------------------------------
local native_count = M.text and M.text.count_words
function M.count_words(s)
  if native_count then
    local ok, n = pcall(native_count, s)
    if ok and type(n) == "number" then return n end
  end
  local _, n = s:gsub("[%w\128-\255]+", "")
  return n
end

-- ---------------------------------------------------------------------------
-- Hashes and the shared line counter used by the corpus prepass
-- ---------------------------------------------------------------------------
local native_xxh = M.hash and M.hash.xxh64
function M.line_key(s)
  if native_xxh then return native_xxh(s) end
  return s
end

local fallback_counters = {}
local FallbackCounter = {}
FallbackCounter.__index = FallbackCounter
function FallbackCounter:incr(key, n)
  local v = (self.t[key] or 0) + (n or 1)
  if self.t[key] == nil then self.n = self.n + 1 end
  self.t[key] = v
  return v
end
function FallbackCounter:get(key) return self.t[key] or 0 end
function FallbackCounter:size() return self.n end

function M.counter(name)
  if M.hash and M.hash.counter then
    local ok, c = pcall(M.hash.counter, name)
    if ok and c then return c end
  end
  local c = fallback_counters[name]
  if not c then
    c = setmetatable({t = {}, n = 0}, FallbackCounter)
    fallback_counters[name] = c
  end
  return c
end

-- ---------------------------------------------------------------------------
-- Options: explain mode
-- ---------------------------------------------------------------------------
function M.explain()
  local s = M.saring
  if s and type(s.options) == "table" and s.options.explain ~= nil then
    return s.options.explain and true or false
  end
  local env = os.getenv and os.getenv("SARING_EXPLAIN")
  return env ~= nil and env ~= "" and env ~= "0"
end

return M
