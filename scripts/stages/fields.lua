-- Header fields of a news page: published date, authors, site.  Called by
-- the clean stage with the page's classified lines (see clean.lua), because
-- the rules need the page layout: where the headline is, where the body
-- starts, which lines are bylines.

local adapt    = require "stages.adapt"
local boiler   = require "stages.boiler"
local dates    = require "stages.dates"
local meta     = require "stages.meta"
local dateline = require "stages.dateline"

local M = {}
local find, lower, sub, match, byte = string.find, string.lower, string.sub, string.match,
    string.byte

local function null() return adapt.json and adapt.json.null or nil end

-- The rules of the lines that the rules below read one at a time (besides
-- the lines opening with FIRST_WORDS): the clean stage lists those lines
-- for us in ctx.marked (ctx.nmarked of them, in page order).
M.LINE_RULES = {byline = true, endtag = true, copyright = true, date = true}

-- The lines the per-line rules below may match, in page order: ctx.marked,
-- else every line.
local ALL = {}
local function candidates(ctx)
  if ctx.marked then return ctx.marked, ctx.nmarked end
  for i = 1, ctx.n do ALL[i] = i end
  for i = #ALL, ctx.n + 1, -1 do ALL[i] = nil end
  return ALL, ctx.n
end

-- The foot line of an aggregator's frame naming the publisher ("Lihat
-- artikel asli di contoh.id \xC2\xB7 19 Des 2025", boiler.ORIGIN): its
-- line number, else nil.  Its first words are marked lines (FIRST_WORDS).
local ORIGIN = boiler.ORIGIN
-- The second words of each first word's patterns ("baca" -> artikel,
-- berita): a line whose second word is none of them ("Baca juga: ...", the
-- most common) is settled with one match instead of trying every pattern.
-- true for a first word with a pattern that is not "^first second" followed
-- by a byte that is no letter (then its patterns are always tried).
local ORIGIN_SECOND = {}
for first, pats in pairs(ORIGIN) do
  local set = {}
  for _, pat in ipairs(pats) do
    local f, second, rest = pat:match("^%^(%a+) (%a+)([^%a].*)$")
    if set ~= true and f == first and not find(rest, "[%^%$%*%+%?%.%(%)%[%]%%%-]") then
      set[second] = true
    else
      set = true
    end
  end
  ORIGIN_SECOND[first] = set
end
local function origin_line(ctx)
  local FIRST, S, LOW = ctx.FIRST, ctx.S, ctx.LOW
  local cand, nc = candidates(ctx)
  for x = nc, 1, -1 do
    local i = cand[x]
    -- (when the split gave no first word, FIRST[i] is false, and the
    -- pattern would find none either: it skips less than the split does)
    local first = S[i] ~= "" and (FIRST and FIRST[i] or not FIRST and LOW[i]:match("^[%s%p]*(%a+)"))
    local pats = first and ORIGIN[first]
    if pats then
      -- (the patterns are anchored: each is tried at the first byte after
      -- the line's leading spaces and punctuation, without a copy of the
      -- rest of the line)
      local low = LOW[i]
      local gate = ORIGIN_SECOND[first]
      if gate == true or gate[match(low, "^[%s%p]*%a+ (%a+)") or ""] then
        local at = find(low, "[^%s%p]") or #low + 1
        for k = 1, #pats do
          if find(low, pats[k], at) then return i end
        end
      end
    end
  end
  return nil
end
M.origin_line = origin_line

-- "Contoh Pos \xC2\xB7 13 jam lalu \xC2\xB7 + Ikuti", "Contoh Wire \xE2\x80\xA2 2 hours
-- ago": a reader app's source line, the outlet's name then a relative time
-- (boiler.RELATIVE_TIME) after a dot; no headline.  The clean stage asks
-- for its headline candidates.
local RELTIME = boiler.RELATIVE_TIME
function M.source_stamp(line)
  if not (find(line, " \xC2\xB7 ", 1, true) or find(line, " \xE2\x80\xA2 ", 1, true)) then
    return false
  end
  local low = lower(line):gsub(" \xC2\xB7 ", "\1"):gsub(" \xE2\x80\xA2 ", "\1")
  local first = true
  for part in (low .. "\1"):gmatch("([^\1]*)\1") do
    if not first then
      part = part:gsub("^%s+", "")
      for k = 1, #RELTIME do
        if find(part, RELTIME[k]) then return true end
      end
    end
    first = false
  end
  return false
end

-- A date given by the source (JSONL field) in a common form.
local function given_date(v)
  if type(v) ~= "string" then return nil end
  local y, m, d = v:match("^(%d%d%d%d)-(%d%d)-(%d%d)")
  if y then return dates.valid(y, m, d) end
  return (dates.first_iso(v))
end

-- published ------------------------------------------------------------------
-- 1. a date on a line marked as a publication stamp (Diterbitkan, Published,
--    Updated ...) anywhere outside the body;
-- 2. a date on a short header line between the headline and the body
--    (date line, byline with date, "Outlet - 6 Nov 2025, 07:00");
-- 3. a date line above the headline when it carries a clock time (a bare
--    date up there is the site's "today" or a sidebar), else, after the
--    update stamps, a bare date without a weekday right above it;
-- 4. otherwise a best reading from the story: the latest weekday-stamped
--    date ("Rabu (18/6/2025)"), else the latest full date in the body.
-- Publication and update labels of stamp lines, lower case.  A page that
-- prints both ("Published ... | Updated ...") was first published on the
-- first; an update stamp is used only when nothing else dates the page.
local PUB_LABELS = {"first published", "published", "diterbitkan",
  "dipublikasikan", "terbit", "posted", "diposting", "disiarkan", "tarikh"}
local UPD_LABELS = {"last updated", "updated", "update", "diperbarui",
  "diperbaharui", "dikemaskini", "kemaskini", "dikemas kini", "kemas kini",
  "modified"}
-- The first three letters of the update labels: a head that opens with a
-- label opens with one of these (every label has three letters or more).
local UPD_HEADS = {}
for _, lab in ipairs(UPD_LABELS) do UPD_HEADS[sub(lab, 1, 3)] = true end

-- "pub" with the date after a publication label, "upd" for a line that
-- opens with an update label, else nil.
local function stamp_kind(line, low)
  local best
  for _, lab in ipairs(PUB_LABELS) do
    local p = find(low, lab, 1, true)
    if p and (p == 1 or not find(sub(low, p - 1, p - 1), "%a"))
        and (not best or p < best) then
      best = p
    end
  end
  if best then
    local iso = dates.first_iso(sub(line, best))
    if iso then return "pub", iso end
  end
  local head = low:match("^[%s%p]*(%a+ ?%a*)")
  if head and UPD_HEADS[sub(head, 1, 3)] then
    -- (a label opens the head when its first plain match is at byte 1:
    -- no prefix of the head is made per label)
    for k = 1, #UPD_LABELS do
      if find(head, UPD_LABELS[k], 1, true) == 1 then return "upd" end
    end
  end
  return nil
end

-- "Pendidikan | Oktober 9, 2025", "World \xC2\xB7 3 Mar 2025": a section's
-- name (one to three words), a separator, and a date that is all the rest
-- of the line (a clock may follow): the stamp of the story under it.
-- The separators of a stamp line, each with its spaces: a section or a
-- writer's name before one, the date after it.
local STAMP_SEPS = {" \xE2\x80\xA2 ", " \xC2\xB7 ", " | ", " - ", " \xE2\x80\x93 ",
                    " \xE2\x80\x94 "}
local function section_stamp(line)
  for _, sep in ipairs(STAMP_SEPS) do
    local p = find(line, sep, 1, true)
    if p then
      local head, rest = sub(line, 1, p - 1), sub(line, p + #sep)
      if not find(head, "^%s*%a[%a ]*$") or select(2, head:gsub("%S+", "")) > 3 then return false end
      local _, d = dates.first(rest)
      if not d then return false end
      local tail = sub(rest, d.stop + 1)
      return find(sub(rest, 1, d.start - 1), "^[%s%a,]*$") ~= nil
          and find(tail, "^[%s,|]*[%d:.]*%s*%a?%a?%a?%s*$") ~= nil
    end
  end
  return false
end

-- Does the line's first date come after its sixth word?  A stamp opens
-- with its date or puts it after a label, a name or a section ("Oleh Name |
-- 6 Nov 2025"); a sentence names it late.
local function sentence_date(line)
  local _, d = dates.first(line)
  if not d then return false end
  local _, words = sub(line, 1, d.start - 1):gsub("%S+", "")
  return words >= 6
end

-- Is line i within three non-empty lines under a repeat of the headline
-- (rule "title-repeat")?
local function under_repeat(S, RULE, i)
  local seen = 0
  for j = i - 1, math.max(1, i - 8), -1 do
    if S[j] ~= "" then
      if RULE[j] == "title-repeat" then return true end
      seen = seen + 1
      if seen >= 3 then return false end
    end
  end
  return false
end

local function published(ctx)
  local S, KIND, RULE, W = ctx.S, ctx.KIND, ctx.RULE, ctx.W
  -- Every date form has a number that starts a run of letters and digits
  -- (the year after a space, the month or year after "/", "-" or "."), so a
  -- line whose runs all start with a letter (ctx.DIGITS[i] == 0, from the
  -- clean stage's line split) has no date and is not searched.
  -- (may_date(i): not DIG or DIG[i] > 0, written out in each loop)
  local DIG = ctx.DIGITS
  local n = ctx.n
  local ti = ctx.title_i or 0
  local bs = ctx.body_start or n + 1
  local be = ctx.body_end or n

  -- 0: an aggregator frame's dates are its own; the publisher's date is on
  -- the foot line that names the original article
  local oi = ctx.origin_i
  if oi and (not DIG or DIG[oi] > 0) then
    local iso = dates.first_iso(S[oi])
    if iso then return iso end
  end

  -- 1 and 2: header zone, publication stamps first, update stamps last
  local pubstamp, stamped, header, updated, weak
  ctx.right_above = nil
  ctx.last_resort = nil
  for i = 1, math.min(bs - 1, n) do
    local r = RULE[i]
    if (not DIG or DIG[i] > 0) and S[i] ~= "" then    -- (may_date, inlined)
      local short = W[i] <= 15
      if r == "date" or r == "timestamp" or r == "byline"
          or (short and r ~= "caption" and r ~= "caption-twice"
              and r ~= "related-link" and r ~= "repeat") then
        local iso = dates.first_iso(S[i])
        if iso then
          local sk, piso = stamp_kind(S[i], ctx.LOW[i])
          if sk == "pub" and (i > ti or r == "date") then
            -- (the first publication stamp is the answer: nothing the
            -- loop would find after it is read, ctx.above and
            -- ctx.right_above being only this function's)
            pubstamp = piso
            break
          elseif sk == "upd" and (i > ti or r == "date") then
            updated = updated or iso
          elseif r == "date" and find(ctx.LOW[i], "^[%s%p]*%a+[^%d]*:") and i > ti then
            stamped = stamped or iso
          elseif i > ti then
            -- (a sentence that names a date after its sixth word, a
            -- caption or a lead that clean left in the header, "Warga
            -- menunjukkan surat ..., Selasa (17/11/2026).", tells when
            -- the photo was taken: weaker than a timed stamp above the
            -- headline)
            if (r == "header" or r == "short") and sentence_date(S[i]) then
              weak = weak or iso
            else
              header = header or iso
            end
          elseif dates.has_time(S[i]) and (r == "date") then
            ctx.above = ctx.above or iso
          elseif (r == "date" or section_stamp(S[i])) and i < ti then
            -- a bare date line right above the headline (only blank
            -- lines between) and without a weekday is the article's
            -- stamp; the site's "today" bar names the weekday, as a
            -- calendar does ("Khamis, 20 November 2025")
            local j = i + 1
            while j < ti and S[j] == "" do j = j + 1 end
            if j == ti then
              local d = dates.find_all(S[i], {})[1]
              if d and not d.weekday then ctx.right_above = iso end
              -- (with its weekday it may be the site's "today" bar: the
              -- last resort, with a time of day under the headline)
              ctx.last_resort = iso
            end
          end
        end
      end
    end
  end
  if pubstamp then return pubstamp end
  -- stamp lines after the body ("Diterbitkan: ...")
  local after_stamp
  local cand, nc = candidates(ctx)
  for x = 1, nc do
    local i = cand[x]
    -- (and an aggregator's attribution line: "This article was originally
    -- published by X on 14 July 2025", a "source" line of the clean stage)
    local r = RULE[i]
    if i > be and (r == "date" and find(ctx.LOW[i], "^[%s%p]*%a+[^%d]*:") or r == "source") then
      local iso = (not DIG or DIG[i] > 0) and dates.first_iso(S[i])
      if iso then
        local sk, piso = stamp_kind(S[i], ctx.LOW[i])
        if sk == "pub" then return piso end
        if r ~= "date" then
          -- (a source line counts only with its publication label)
        elseif sk == "upd" then
          updated = updated or iso
        else
          after_stamp = after_stamp or iso
        end
      end
    end
  end
  if stamped then return stamped end
  if header then return header end
  if after_stamp then return after_stamp end
  -- (a timed stamp above the headline is the first publication; an update
  -- stamp under it, "Dikemas kini: ...", is a later one)
  if ctx.above then return ctx.above end
  if weak then return weak end
  if updated then return updated end
  if ctx.right_above then return ctx.right_above end
  -- a date line just under the body's first paragraph (a standfirst or a
  -- lead printed above the byline and the stamp): the page's stamp
  -- (and a date line under the headline printed again further down: an
  -- aggregator's frame shows the headline, its summary, then the outlet's
  -- own header with the outlet's stamp)
  for x = 1, nc do
    local i = cand[x]
    if i > bs and RULE[i] == "date" and (i <= bs + 4 or under_repeat(S, RULE, i)) then
      local iso = (not DIG or DIG[i] > 0) and dates.first_iso(S[i])
      if iso then return iso end
    end
  end
  -- 4: story dates
  -- (dates.latest: each line's latest dates, without a table per date)
  local best_wd, best_any
  for i = bs, be do
    local k = KIND[i]
    if (k == "P" or k == "S") and (not DIG or DIG[i] > 0) then    -- (may_date, inlined)
      local any, wd = dates.latest(S[i])
      if wd and (not best_wd or wd > best_wd) then best_wd = wd end
      if any and (not best_any or any > best_any) then best_any = any end
    end
  end
  if best_wd or best_any then return best_wd or best_any end
  -- the weekday date over the headline, when the byline under it gives
  -- the time of day alone ("Oleh Redaksi pukul 09.14"): the two make the
  -- stamp (without that time it may be the site's "today" bar)
  -- (or when a byline follows the headline: the date, the headline and
  -- the byline make the story's own header block; a today bar is printed
  -- among the menus, over whatever the page shows)
  if ctx.last_resort then
    for i = ti + 1, math.min(bs - 1, n) do
      if S[i] ~= "" and W[i] <= 12 and (RULE[i] == "byline"
          or dates.has_time(S[i]) and not dates.first(S[i])) then
        return ctx.last_resort
      end
    end
  end
  return nil
end
M.stamp_kind = stamp_kind

-- authors ----------------------------------------------------------------------
local LABEL_ONLY = {penulis = true, editor = true, reporter = true,
  pewarta = true, redaktur = true, penyunting = true, kontributor = true,
  wartawan = true, writer = true, author = true, oleh = true}
-- The first words of the lines the author rules read besides bylines and
-- end tags: the labels, and "by" / "oleh" before a name.
local AUTHOR_FIRST = {by = true}
for w in pairs(LABEL_ONLY) do AUTHOR_FIRST[w] = true end
for w in pairs(ORIGIN) do AUTHOR_FIRST[w] = true end
for w in pairs(meta.COLON_LABELS) do AUTHOR_FIRST[w] = true end
M.FIRST_WORDS = AUTHOR_FIRST

-- A lower-cased line without its trailing white space and colons (what
-- gsub "[%s:]+$" leaves, read from the end): the key of label widgets.
local KEY_STRIP = {[32] = true, [9] = true, [10] = true, [11] = true, [12] = true,
                   [13] = true, [58] = true}
local function label_key(low)
  local j = #low
  while j > 0 and KEY_STRIP[low:byte(j)] do j = j - 1 end
  return j < #low and sub(low, 1, j) or low
end

local ROLE_WORDS = {"correspondent", "reporter", "writer", "editor",
  "journalist", "columnist", "wartawan", "koresponden", "penulis",
  "kontributor", "pewarta", "redaktur", "staff", "senior", "jurnalis"}
local ROLE_SET = {}
for _, w in ipairs(ROLE_WORDS) do ROLE_SET[w] = true end

-- Words that make a name an outlet's ("Khmer Times", "Daily Express").
local OUTLET_WORDS = {}
for w in ([[times news post media tv online daily herald tribune journal today
  star mail gazette review chronicle express observer guardian network agency
  pos harian koran berita]]):gmatch("%a+") do OUTLET_WORDS[w] = true end

-- Is `part` a whole line of the page?  (The words of a menu line count as
-- lines: "Utama / Wilayah" under a menu bar "Utama Wilayah Nasional ..." is
-- a breadcrumb of sections.)  The set is made on the first question and
-- kept in ctx for the page.
local function is_line(ctx, part)
  local lines_set = ctx.lines_set
  if not lines_set then
    lines_set = {}
    local S, RULE = ctx.S, ctx.RULE
    for j = 1, ctx.n do
      local line = S[j]
      lines_set[line] = true
      if RULE[j] == "nav" then
        for word in line:gmatch("%S+") do lines_set[word] = true end
      end
    end
    ctx.lines_set = lines_set
  end
  return lines_set[part] == true
end

-- Are `part`'s capitals the initials of a name credited on a label line of
-- the page ("Editor: Tari Maharani" for "TM")?  The set is made when a
-- byline first asks and kept in ctx for the page.
local function is_initials(ctx, part)
  local initials_set = ctx.initials_set
  if not initials_set then
    initials_set = {}
    local S, W, LOW, FIRST = ctx.S, ctx.W, ctx.LOW, ctx.FIRST
    for j = 1, ctx.n do
      if S[j] ~= "" and W[j] <= 12 and LABEL_ONLY[FIRST and FIRST[j] or LOW[j]:match("^%s*(%a+)")] then
        for _, nm in ipairs(meta.byline_names(S[j])) do
          local ini = nm:gsub("(%a)%a*%.?%s*", "%1")
          if #ini >= 2 then initials_set[ini:upper()] = true end
        end
      end
    end
    ctx.initials_set = initials_set
  end
  return initials_set[part] == true
end

-- The names of a header line whose parts, split at " | " or " / ", are all
-- persons or outlets, with at least one person; else nil.
-- With `ctx` (the page), a one-word part that the page also prints alone
-- (is_line) is its section or menu entry ("Yohanes Seran Bria | Nusantara"
-- under a "Nusantara" menu), not a second writer, and two to four capitals
-- that are the initials of a person the page credits elsewhere
-- (is_initials: "Name / TM" over an "Editor: Tari Maharani" at the foot)
-- are the editor's mark, skipped.
local function names_and_outlets(line, ctx)
  local names, parts = {}, 0
  -- "Philstar.com / Name" under a caption: an outlet's domain first, then
  -- a name, is a photo credit ("KOMPAS.com/NAME"), not a byline
  local head = line:match("^%s*([^/|]-)%s*/ ")
  if head and meta.find_domain(head) then return nil end
  for part in (line .. " | "):gsub(" / ", " | "):gmatch("(.-) | ") do
    part = part:gsub("^%s+", ""):gsub("%s+$", "")
    parts = parts + 1
    -- a label before a colon makes the line a widget ("Listen in: Bahasa
    -- Melayu | English"), neither an outlet nor a writer
    if find(part, ":", 1, true) then return nil end
    local outlet = meta.find_domain(part) ~= nil
    for w in part:gmatch("%a+") do
      if OUTLET_WORDS[lower(w)] then outlet = true end
    end
    if not outlet and not (ctx and not find(part, " ", 1, true) and is_line(ctx, part))
        and not (ctx and find(part, "^%u%u%u?%u?$") and is_initials(ctx, part)) then
      if not meta.is_name(part) then return nil end
      names[#names + 1] = part
    end
  end
  if parts < 2 or #names == 0 or parts > 4 then return nil end
  return names
end

-- "Name • 14 Agustus 2025", "Name | 6 Nov 2025, 07:00", "Name - 6 Nov
-- 2025": the name before the first separator (STAMP_SEPS) when a date
-- follows it.
-- (each separator is a space and one of these bytes, then the rest: the
-- first separator is found by trying them only where such a pair starts)
local STAMP_PAIR = " [\xE2\xC2|%-]"
local function name_and_date(line)
  local best, bsep
  local pos = 1
  while not best do
    local p = find(line, STAMP_PAIR, pos)
    if not p then return nil end
    for k = 1, #STAMP_SEPS do
      local sep = STAMP_SEPS[k]
      if find(line, sep, p, true) == p then best, bsep = p, sep; break end
    end
    pos = p + 1
  end
  local name = sub(line, 1, best - 1)
  if meta.is_name(name) and dates.first_iso(sub(line, best + #bsep)) then return name end
  return nil
end

-- "Name, Outlet" and "Section - Name, Outlet": the name when the part
-- after the last comma is the dateline's outlet, a domain or an outlet's
-- name ("..., Contoh News"), else nil.
local function name_and_outlet(line, outlet)
  local left, right = line:match("^(.-),%s*([^,]+)$")
  if not left then return nil end
  right = right:gsub("%s+$", "")
  local ok = meta.find_domain(right) ~= nil
      or (outlet and lower(right) == lower(outlet))
  if not ok then
    for w in right:gmatch("%a+") do
      if OUTLET_WORDS[lower(w)] then ok = true; break end
    end
  end
  if not ok then return nil end
  -- a one-word section before a dash ("News - Name")
  left = left:gsub("^%a+%s+[%-\xE2][\x80]?[\x93\x94]?%s+", "")
  if meta.is_name(left) then return left end
  return nil
end

-- Place names of the gazetteer, lower case, made when first asked: a bare
-- "Jakarta" or "Jakarta and Banda Aceh" in the header is where the writers
-- are, not who.
local PLACES
local function is_place(s)
  if not PLACES then
    PLACES = {}
    local ok, gaz = pcall(require, "stages.gazetteer")
    if ok and type(gaz) == "table" and type(gaz.location) == "string" then
      for l in gaz.location:gmatch("[^\n]+") do
        if not find(l, "^%-%-") then PLACES[lower(l)] = true end
      end
    end
  end
  return PLACES[lower((s:gsub("^%s+", ""):gsub("%s+$", "")))] == true
end
-- Two to four words, each a capital then lower-case letters ("Nurhayati
-- Saragih"), or a name's particle ("bin", "van").
local function title_case_name(line)
  local n = 0
  for w in line:gmatch("%S+") do
    n = n + 1
    if not (find(w, "^%u%l+$") or find(w, "^%u%l+%-%u?%l+$") or w == "bin" or w == "binti"
            or w == "van" or w == "de") then
      return false
    end
  end
  return n >= 2 and n <= 4
end
-- A line of places only: "Jakarta", "Jakarta and Banda Aceh", "Kuching,
-- Sarawak".
local function places_line(line)
  local any = false
  for part in (line:gsub("%s+and%s+", ","):gsub("%s+dan%s+", ",") .. ","):gmatch("([^,&]+)[,&]") do
    if not is_place(part) then return false end
    any = true
  end
  return any
end

-- Appends a name (after a byline label's "By", "Oleh") to out when it is a
-- name not yet in seen (lower case).
local function push_name(out, seen, name)
  name = name and meta.clean_name(name)
  if name and meta.is_name(name) and not seen[lower(name)] then
    seen[lower(name)] = true
    out[#out + 1] = name
  end
end

-- The next non-empty line from i in direction step (1 or -1), or nil.
local function next_nonempty(S, n, i, step)
  local j = i + step
  while j > 0 and j <= n and S[j] == "" do j = j + step end
  if j < 1 or j > n then return nil end
  return j
end

-- Is the line under line i a row of figures ("Pasang: 05:42 (1.9m) \xC2\xB7
-- 18:10 (1.7m)", "RON95: RM2.05 \xC2\xB7 RON97: RM3.18")?  Then line i is the
-- heading of a widget (a tide table, a price box), not a writer's name.
-- A row labels its figures ("Pasang: 05:42"); a stamp or an audio player
-- under a byline has figures too ("Dengarkan ▶ 00:00 / 04:12"), without a
-- label, and a line with a date is no row.
local function figures_under(ctx, i)
  local S = ctx.S
  local j = next_nonempty(S, ctx.n, i, 1)
  if not j or ctx.W[j] > 20 or ctx.RULE[j] == "date" or ctx.RULE[j] == "timestamp" then
    return false
  end
  local line = S[j]
  local runs = ctx.DIGITS and ctx.DIGITS[j] or select(2, line:gsub("%f[%w]%d", ""))
  return runs >= 3 and find(line, "%a[%w]*:%s*%S-%d") ~= nil and not find(line, "%.%s*$")
      and not dates.first(line)
end

-- "Name - Name / Contoh News", "Name, Name / contoh.vn": the writers'
-- signature at the foot of a story, names split by dashes, commas, "&" or
-- "and", then a slash and the outlet (a domain or an outlet's words).  The
-- names, else nil.
local SIG_SPLITS = {" \xE2\x80\x93 ", " \xE2\x80\x94 ", " - ", ", ", " & ", " and ", " dan "}
local function foot_signature(line)
  local left, right = line:match("^(.-)%s+/%s+([^/]+)$")
  if not left then return nil end
  local outlet = meta.find_domain(right) ~= nil
  if not outlet then
    for w in right:gmatch("%a+") do
      if OUTLET_WORDS[lower(w)] then outlet = true; break end
    end
  end
  if not outlet then return nil end
  for _, sep in ipairs(SIG_SPLITS) do
    if find(left, sep, 1, true) then left = left:gsub(sep:gsub("%p", "%%%0"), "|") end
  end
  local names = {}
  for part in (left .. "|"):gmatch("([^|]*)|") do
    part = part:gsub("^%s+", ""):gsub("%s+$", "")
    if not meta.is_name(part) or not find(part, " ", 1, true) then return nil end
    names[#names + 1] = part
  end
  if #names == 0 or #names > 4 then return nil end
  return names
end
M.foot_signature = foot_signature

-- (push_name and next_nonempty, the helpers of the rules below, are module-level
-- functions given the page's arrays: no closures per page)
local function authors(ctx)
  local S, RULE, LOW, W = ctx.S, ctx.RULE, ctx.LOW, ctx.W
  -- A label widget's key is one of the words of LABEL_ONLY, so it is the
  -- line's first word (ctx.FIRST, from the clean stage's line split): the
  -- key is made only for lines whose first word is a label (the loops
  -- below test LABEL_ONLY[FIRST[i]] first).
  local FIRST = ctx.FIRST
  local n = ctx.n
  local out, seen = {}, {}
  local bs = ctx.body_start or n + 1
  -- label widgets: is the name after the label or before it?  Decided by
  -- the last label of the page: a name after it means "label, name".
  local after = false
  local cand, nc = candidates(ctx)
  for x = nc, 1, -1 do
    local i = cand[x]
    local key = W[i] <= 2 and S[i] ~= "" and (not FIRST or LABEL_ONLY[FIRST[i]])
        and label_key(LOW[i])
    if key and LABEL_ONLY[key] then
      local j = next_nonempty(S, n, i, 1)
      after = j ~= nil and meta.is_name(S[j]) and (RULE[j] == nil or RULE[j] == "header"
        or RULE[j] == "short" or RULE[j] == "footer")
      break
    end
  end
  -- bare names in the header: "Name (Outlet)", "Name - outlet", or a name
  -- followed by a role line or a date line
  for i = (ctx.title_i or 0) + 1, math.min(bs - 1, n) do
    local r = RULE[i]
    -- (every rule below reads only header, short and date lines, and nav
    -- lines: the others, blank lines among them, are passed over at once)
    if (r == "header" or r == "short" or r == "date" or r == "nav")
        and not ((r == "header" or r == "short") and W[i] <= 8 and figures_under(ctx, i)) then
      -- "Name, Jurnalis · Senin 08 September 2025": a name and its role
      -- (every rule below reads only header, short and date lines; the
      -- pattern needs a comma)
      local named, role1
      if (r == "header" or r == "short" or r == "date") and find(S[i], ",", 1, true) then
        named, role1 = S[i]:match("^([^,|]+),%s*(%a+)")
      end
      -- "NAME and NAME, Outlet staff writers": names, then a credit that
      -- ends in a role word (singular or plural)
      local role_end = named and W[i] <= 14 and (r == "header" or r == "short")
          and lower(S[i]:match(",%s*[^,]-(%a+)%s*$") or "")
      if role_end and not ROLE_SET[role_end] then
        role_end = ROLE_SET[(role_end:gsub("s$", ""))] and role_end or nil
      end
      if named and (r == "header" or r == "short" or r == "date") and ROLE_SET[lower(role1)]
          and meta.is_name(named) then
        push_name(out, seen, named)
      elseif role_end and not meta.is_name(named)
          and (named:find(" and ", 1, true) or named:find(" dan ", 1, true) or named:find(" & ", 1, true)) then
        local parts = {}
        for part in (named:gsub("%s+and%s+", "|"):gsub("%s+dan%s+", "|"):gsub("%s+&%s+", "|") .. "|"):gmatch("([^|]+)|") do
          parts[#parts + 1] = part
        end
        local all = #parts >= 2
        for k = 1, #parts do
          if not meta.is_name(parts[k]) then all = false end
        end
        if all then for k = 1, #parts do push_name(out, seen, parts[k]) end end
      elseif named and W[i] <= 10 and (r == "header" or r == "short")
          and name_and_outlet(S[i], ctx.dateline and ctx.dateline.outlet) then
        -- "Name, Contoh News" or "Section - Name, Contoh News"
        push_name(out, seen, name_and_outlet(S[i], ctx.dateline and ctx.dateline.outlet))
      elseif S[i] ~= "" and W[i] <= 10 and (r == "header" or r == "short")
          and (find(S[i], " | ", 1, true) or find(S[i], " / ", 1, true))
          and names_and_outlets(S[i], ctx) then
        -- "Dinda Ayu Lestari | Bagas Wicaksono", "Sok Dara / Khmer Times"
        for _, nm in ipairs(names_and_outlets(S[i], ctx)) do push_name(out, seen, nm) end
      elseif S[i] ~= "" and W[i] <= 14 and (r == "header" or r == "short" or r == "date"
            or (r == "nav" and find(S[i], "^%S+ %S")))
          and name_and_date(S[i]) then
        -- "Name • 14 Agustus 2025 11:32": the writer and the stamp
        push_name(out, seen, name_and_date(S[i]))
      elseif S[i] ~= "" and W[i] <= 8 and (r == "header" or r == "short") then
        local line = S[i]
        -- (each lazy pattern below is tried only when the line holds the
        -- bytes it needs, found with plain searches: a final ")", a dash, a
        -- bar or a dash's lead byte, "&", "and", "dan")
        local dash = find(line, "-", 1, true) or find(line, "\xE2", 1, true)
        local name = byte(line, -1) == 41 and line:match("^(.-)%s*%([^()]+%)$")
            or (dash or find(line, "|", 1, true))
               and line:match("^(.-)%s+[%-|\xE2][\x80]?[\x93\x94]?%s+%S+$")
            or nil
        if not name and dash then
          -- "Name - The Philippine Star": a name, a dash and an outlet's name
          local left, right = line:match("^(.-)%s+[%-\xE2][\x80]?[\x93\x94]?%s+(.+)$")
          if left then
            for w in right:gmatch("%a+") do
              if OUTLET_WORDS[lower(w)] then name = left; break end
            end
          end
        end
        -- "Name & Name", "Name and Name": two writers on one line
        local two1, two2
        -- ("Name, Name": two writers split by a comma, each a name of two
        -- words or more; a name and a role or a place is no pair)
        if not name and find(line, ", ", 1, true) then
          local a, b = line:match("^([^,]+),%s+([^,]+)$")
          if a and find(a, " ") and find(b, " ") and meta.is_name(a) and meta.is_name(b)
              and not ROLE_SET[lower(b:match("%a+$") or "")] then
            two1, two2 = a, b
          end
        end
        if not two1 and not name and not meta.is_name(line) then
          if find(line, "&", 1, true) then two1, two2 = line:match("^(.-)%s+&%s+(.+)$") end
          if not two1 and find(line, "and", 1, true) then
            two1, two2 = line:match("^(.-)%s+and%s+(.+)$")
          end
          if not two1 and find(line, "dan", 1, true) then
            two1, two2 = line:match("^(.-)%s+dan%s+(.+)$")
          end
          if two1 and not (meta.is_name(two1) and meta.is_name(two2)) then two1 = nil end
        end
        if name and meta.is_name(name) then
          push_name(out, seen, name)
        elseif (two1 and not (is_place(two1) or is_place(two2)))
            or (not two1 and meta.is_name(line) and not is_place(line)) then
          local j = next_nonempty(S, n, i, 1)
          -- ("Name and Name" over "Jakarta and Banda Aceh" over the stamp:
          -- the writers' places between them)
          if j and RULE[j] ~= "date" and W[j] <= 8 and places_line(S[j]) then
            j = next_nonempty(S, n, j, 1)
          end
          local nl = j and LOW[j] or ""
          local role = false
          for _, w in ipairs(ROLE_WORDS) do
            if nl:find(w, 1, true) then role = true; break end
          end
          -- (or the stamp just above it: "21 Juli 2025" then "Name", a
          -- name of two to four words in Title Case: the buttons and
          -- widgets under a stamp are single words or in capitals,
          -- "Dengar", "Ringkasan AI", "GIFT THIS ARTICLE")
          local p = next_nonempty(S, n, i, -1)
          if role or (j and (RULE[j] == "date" or RULE[j] == "author-bio"))
              or (p and p > (ctx.title_i or 0) and RULE[p] == "date" and title_case_name(line)) then
            if two1 then
              push_name(out, seen, two1)
              push_name(out, seen, two2)
            else
              push_name(out, seen, line)
            end
          end
        end
      end
    end
  end
  local be = ctx.body_end or n
  -- (only bylines, end tags and lines opening with a label, "by" or "oleh"
  -- can match: the candidates)
  for x = 1, nc do
    local i = cand[x]
    local r = RULE[i]
    local line = S[i]
    if line ~= "" then
      -- the label key (label_key) is only compared with one-word labels
      -- and "by "/"oleh " openings of short lines
      if (r == "share" or r == nil) and W[i] <= 8 and (not FIRST or LABEL_ONLY[FIRST[i]])
          and LABEL_ONLY[label_key(LOW[i])] then
        -- widget: "Name" then "Penulis" (or "Penulis" then "Name")
        local j = next_nonempty(S, n, i, after and 1 or -1)
        local rj = j and RULE[j]
        if j and (rj == nil or rj == "header" or rj == "short" or rj == "footer")
            and meta.is_name(S[j]) then
          push_name(out, seen, S[j])
        end
      elseif r == "byline" then
        meta.byline_names(line, out, seen)
      elseif r == "caption" and i > (ctx.title_i or 0) and i < bs and W[i] <= 12
          and meta.COLON_LABELS[FIRST and FIRST[i] or LOW[i]:match("^%s*(%a+)")]
          and find(line, "^%s*%a+%s*:") then
        -- "Teks: X | Foto: Y" under the headline, read as a photo credit
        meta.byline_names(line, out, seen)
      elseif (r == "header" or r == "short" or r == "footer")
          and (i < bs + 3 or i > be)
          -- ("oleh Name [Place] di 15 Agustus 2025": a byline with its
          -- place and date runs longer, in the header)
          and (W[i] <= 8 or (i < bs and W[i] <= 14 and dates.first(line))) then
        local key = label_key(LOW[i])
        if find(key, "^by ") or find(key, "^oleh ") then
          meta.byline_names(line, out, seen)
        end
      elseif r == "endtag" then
        push_name(out, seen, (meta.end_tag(line)))
      end
    end
  end
  -- no writer in the header: a signature line at the foot of the story
  -- ("Name - Name / Contoh News"), among the last lines of the body or
  -- just under it
  if #out == 0 then
    for i = math.max(bs + 1, be - 2), math.min(n, be + 3) do
      local r = RULE[i]
      if S[i] ~= "" and W[i] <= 12 and r ~= "caption" and r ~= "related-link"
          and find(S[i], " / ", 1, true) and not find(S[i], "[.:]%s*$") then
        local names = foot_signature(S[i])
        if names then
          for k = 1, #names do push_name(out, seen, names[k]) end
          break
        end
      end
    end
  end
  return out
end

-- site -------------------------------------------------------------------------
-- The domain when the page shows one, else the outlet name as shown:
-- 1. the dateline's outlet, as a domain, or a domain on the page that names
--    the same outlet ("Ternate (ANTARA)" + "antaranews.com");
-- 2. the URL of the source record;
-- 3. a domain in an end tag, a copyright line, a banner above the headline
--    or any boilerplate line; else the copyright line's outlet name.
local function site(ctx, dmeta)
  local S, RULE, n = ctx.S, ctx.RULE, ctx.n
  -- the domains written on boilerplate and header lines, in page order;
  -- looked for only when a rule below needs them (a page with a URL rarely
  -- does)
  -- (linked: the domains of related links too, each with its line's rule;
  -- a link to another outlet's page is no site of its own, but a domain
  -- that names the page's outlet is its site wherever the footer shows it,
  -- "contohnews.com | Part of X" under a list of links)
  local doms, linked
  local function page_domains(with_links)
    if doms then return with_links and linked or doms end
    doms, linked = {}, {}
    for i = 1, n do
      local r = RULE[i]
      if S[i] ~= "" and (r or (ctx.title_i and i < ctx.title_i)) then
        local d = meta.find_domain(S[i])
        if d then
          linked[#linked + 1] = d
          if r ~= "related-link" then doms[#doms + 1] = d end
        end
      end
    end
    return with_links and linked or doms
  end
  -- the publisher named by an aggregator frame's foot line
  local oi = ctx.origin_i
  local od = oi and meta.find_domain(S[oi])
  if od then return od end
  local dl = ctx.dateline
  if dl and dl.outlet then
    local o = dl.outlet
    if dateline.is_domain(o) then return (lower(o):gsub("^www%.", "")) end
    for _, d in ipairs(page_domains(true)) do
      if meta.domain_matches(d, o) then return d end
    end
    return o
  end
  local host = meta.url_host(dmeta.url or dmeta.link)
  if host then return host end
  local from_copy
  local cand, nc = candidates(ctx)
  for x = nc, 1, -1 do
    local i = cand[x]
    local r = RULE[i]
    if r == "endtag" then
      local _, dom = meta.end_tag(S[i])
      -- "(kompas.com/abc)", or a signature line "– Rappler.com"
      dom = dom or meta.find_domain(S[i])
      if dom then return lower(dom) end
    elseif r == "copyright" and not from_copy then
      from_copy = meta.copyright_site(S[i])
    end
  end
  if from_copy and dateline.is_domain(from_copy) then
    return (lower(from_copy):gsub("^www%.", ""))
  end
  if from_copy then
    for _, d in ipairs(page_domains(true)) do
      if meta.domain_matches(d, from_copy) then return d end
    end
  end
  local first_dom = page_domains()[1]
  if first_dom then return first_dom end
  -- the logo's link names the outlet: "The Guardian - Back to home"
  for i = 1, math.min(n, 30) do
    local name = S[i] ~= "" and #S[i] <= 60 and S[i]:match("^(.-) %- [Bb]ack to home")
    if name and name ~= "" then return name end
  end
  -- a publishing company ("Mkini Dotcom Sdn Bhd", "Foo Media Group Ltd") is
  -- not the outlet's name as shown: the masthead is, when the page names it
  -- again further down ("Langgan Malaysiakini")
  if from_copy and (find(from_copy, " [Ss]dn%.? [Bb]hd") or find(from_copy, " Bhd%.?$")
      or find(from_copy, " Ltd%.?$") or find(from_copy, " Limited$") or find(from_copy, " Inc%.?$")
      or find(from_copy, " Corp") or find(from_copy, " LLC$") or find(from_copy, " Tbk%.?$")
      or find(from_copy, " Holdings")) then
    local seen = 0
    for i = 1, n do
      local line = S[i]
      if line ~= "" then
        seen = seen + 1
        if seen > 3 then break end
        if #line >= 3 and #line <= 30 and find(line, "^%u") and not find(line, "%d")
            and select(2, line:gsub("%S+", "")) <= 3 then
          local again = 0
          for j = i + 1, n do
            if find(S[j], line, 1, true) then again = again + 1 end
          end
          if again > 0 then return line end
        end
      end
    end
  end
  return from_copy
end

function M.extract(doc, ctx)
  local dmeta = doc.meta
  ctx.origin_i = origin_line(ctx)
  local pub = given_date(dmeta.published) or given_date(dmeta.date)
      or published(ctx)
  dmeta.published = pub or null()
  if type(dmeta.site) ~= "string" or dmeta.site == "" then
    dmeta.site = site(ctx, dmeta) or null()
  end
  local given_authors = dmeta.authors
  if type(given_authors) ~= "table" or #given_authors == 0 then
    local list = authors(ctx)
    -- "By Myanmar Now": the outlet credited as the writer is no author
    local dom = type(dmeta.site) == "string" and dateline.is_domain(dmeta.site) and dmeta.site
    if dom then
      for x = #list, 1, -1 do
        if meta.is_masthead(list[x], dom) then table.remove(list, x) end
      end
    end
    -- "Oleh HARAKAHDAILY" under a "HarakahDaily" masthead: a one-word
    -- credit that is the page's first line names the outlet
    -- (the first line's key is made only when a one-word credit asks)
    local masthead
    for x = #list, 1, -1 do
      local a = list[x]
      if not find(a, " ", 1, true) then
        if masthead == nil then
          masthead = false
          for i = 1, ctx.n do
            if ctx.S[i] ~= "" then masthead = lower(ctx.S[i]):gsub("[^%w]", ""); break end
          end
        end
        if lower(a):gsub("[^%w]", "") == masthead then table.remove(list, x) end
      end
    end
    dmeta.authors = list
  end
  if ctx.dateline then
    dmeta._dateline = {place = ctx.dateline.place, outlet = ctx.dateline.outlet}
  end
end

return M
