-- The cleaning stage of the news pipeline: keep exactly the article body.
--
-- The page is read as numbered lines.  Each non-empty line gets a kind:
--   B  boilerplate, by a rule (boiler.lua, site rules, line shape)
--   P  prose: long or sentence-like (the stuff bodies are made of)
--   S  short: a headline, label, subheading, list item or widget
-- The body is the dense region of P lines: it starts at the dateline when
-- there is one (everything above it is header: headline, teaser, caption,
-- byline) or else at the first prose line after the headline, and it ends at
-- the last prose line before the page's end matter (byline, end tag, source,
-- copyright) when little prose follows them.  Inside the body, a short line
-- is kept as a subheading when prose surrounds it and it is not part of a
-- run of short lines (a related-articles list), or as a list item.
-- Duplicates: a line repeating the headline, a teaser or pull-quote that
-- repeats a longer body line, a caption printed twice, and the second copy
-- of any repeated paragraph are dropped.
--
-- While the lines are at hand the stage also extracts the title, the
-- publication date, the authors and the site into doc.meta (fields.lua).

local adapt    = require "stages.adapt"
local boiler   = require "stages.boiler"
local dates    = require "stages.dates"
local dateline = require "stages.dateline"
local meta     = require "stages.meta"
local sites    = require "stages.sites"
local fields   = require "stages.fields"

local M = {}

-- Rules of removed lines that do not separate a short line from the prose
-- around it (a subheading above a "Baca juga" link is still a subheading).
local LOOK_PAST = {["related-link"] = true, ad = true, caption = true, ["caption-twice"] = true,
                   duplicate = true, ["repeat"] = true, share = true, prompt = true,
                   ["related-heading"] = true, ["entry-share"] = true, embed = true,
                   pullquote = true, feedback = true,
                   -- (a pager between the joined pages of a story, a reader
                   -- poll, a donation box, a live-blog entry's sign-off)
                   paging = true, poll = true, donation = true, signoff = true,
                   -- (a box beside the story with its lines: a saying of
                   -- the day, facts and figures, job ads; a chart's title
                   -- with its link to the data)
                   ["quote-box"] = true, ["facts-box"] = true, ["jobs-box"] = true,
                   chart = true}

-- The first words of a link label closed by a colon ("Read more:", "Related
-- story:") whose items follow on the next lines; not a byline label ("Oleh:")
-- above its names.
-- End matter that a widget mid-article also shows (see closed_later in
-- M.stage).
local WEAK_END = {["related-heading"] = true, prompt = true, share = true}
local LINK_HEAD = {read = true, baca = true, see = true, lihat = true, related = true,
                   more = true, also = true, simak = true, bacaan = true, artikel = true,
                   berita = true, watch = true, tonton = true, cek = true}

local EXACT, PREFIX, ANYWHERE = boiler.EXACT, boiler.PREFIX, boiler.ANYWHERE
local EXACT_MAX = 0                     -- the longest exact widget
for k in pairs(EXACT) do EXACT_MAX = math.max(EXACT_MAX, #k) end
-- The prefix rules whose pattern ends in a space ("^penulis "): they match
-- any line that goes on after the word, so only short lines are judged.
local OPEN_ENDED = {}
for _, list in pairs(PREFIX) do
  for _, rule in ipairs(list) do
    if rule[1]:sub(-1) == " " then OPEN_ENDED[rule] = true end
  end
end

-- The ANYWHERE substrings as one multi-pattern set when saring.patterns is
-- there (one scan per line instead of one find per substring).
local anyset
if adapt.patterns and adapt.patterns.new then
  local list = {}
  for i = 1, #ANYWHERE do list[i] = ANYWHERE[i][1] end
  local ok, set = pcall(adapt.patterns.new, list, {literal = true})
  if ok and set then anyset = set end
end
-- Triggers: every literal some rule of rule_of needs on a long line (the
-- ANYWHERE substrings, caption marks, navigation bar and arrow signs),
-- scanned once over the whole page.  A line of more than FAST_WORDS words
-- that has no trigger, no prefix-rule first word and no site rule can only
-- be a photo credit with a slash or a doubled caption, so rule_of is not
-- called for it (see M.stage).
local FAST_WORDS = 12
local trigset
if adapt.patterns and adapt.patterns.new then
  local list = {}
  for i = 1, #ANYWHERE do list[#list + 1] = ANYWHERE[i][1] end
  for _, t in ipairs({"foto", "photo", "image", "gambar", "getty", "(dok.",
      "(istimewa)", "(tangkapan layar", "(ilustrasi", "(sumber", "kredit",
      "afp", "|", ">", "\xC2\xBB",
      -- the dots between an aggregator's source, headline and age
      " \xC2\xB7 ",
      -- a credit in square brackets; the archive's "(XX/dok)"; a post as
      -- a caption's source
      "]", "/dok", "(dok/", "sumber: facebook", "sumber: instagram", "sumber: tiktok",
      "source: facebook", "source: instagram",
      -- the ornaments of a quote card ("\xE2\x9D\x9D ... \xE2\x9D\x9E")
      "\xE2\x9D\x9D", "\xE2\x9D\x9B"}) do
    list[#list + 1] = t
  end
  -- In a fixed order: pairs() order differs from one Lua state to the next,
  -- and the compiled set is shared by the workers of a process (and kept in
  -- the pattern cache across runs) only when its input is the same.
  local labels = {}
  for label in pairs(boiler.PROMO_LABELS) do labels[#labels + 1] = label .. ":" end
  table.sort(labels)
  for _, label in ipairs(labels) do list[#list + 1] = label end
  local ok, set = pcall(adapt.patterns.new, list, {literal = true, caseless = true})
  if ok and set then trigset = set end
end
local ANY_MAX = boiler.ANYWHERE_MAX_WORDS
local PROMO_LABELS = boiler.PROMO_LABELS
local SECTION_NAMES = boiler.SECTION_NAMES
-- The section names that are words of letters, in one C word counter
-- (saring.lang.word_counter): a bound for the title's section_menu rule.
-- SECTION_ODD_NAMES are the other names ("e-paper") and SECTION_ODD their
-- bytes that are no letters.
local SECTION_COUNTER
local SECTION_ODD, SECTION_ODD_NAMES = {}, {}
do
  local letters, seen = {}, {}
  for w in pairs(SECTION_NAMES) do
    if string.find(w, "^%a+$") then
      letters[w] = true
    else
      SECTION_ODD_NAMES[#SECTION_ODD_NAMES + 1] = w
      for c in w:gmatch("%A") do
        if not seen[c] then seen[c] = true; SECTION_ODD[#SECTION_ODD + 1] = c end
      end
    end
  end
  if adapt.langmod and adapt.langmod.word_counter then
    local ok, c = pcall(adapt.langmod.word_counter, {letters})
    if ok then SECTION_COUNTER = c end
  end
end
-- Does the line hold one of the section names SECTION_COUNTER leaves out
-- (in any case)?  Plain searches: for a byte of SECTION_ODD first, then
-- for the names in the lower-cased line.
local function odd_section_names(line)
  for k = 1, #SECTION_ODD do
    if string.find(line, SECTION_ODD[k], 1, true) then
      local low = string.lower(line)
      for x = 1, #SECTION_ODD_NAMES do
        if string.find(low, SECTION_ODD_NAMES[x], 1, true) then return true end
      end
      return false
    end
  end
  return false
end
-- The labels of a bare photo credit line ("Photo: Name", "Foto: Nama").
local CREDIT_FIRST = {photo = true, foto = true, gambar = true, image = true, credit = true,
  kredit = true, pic = true, picture = true}
local AD_CALLS = boiler.AD_CALLS
local DAY_PARTS, DONATION_WORDS = boiler.DAY_PARTS, boiler.DONATION_WORDS
-- Labels of a video link under a play mark, and words of share rows that
-- are no share widget alone.
local VIDEO_LABELS = {video = true, tonton = true, watch = true, saksikan = true, lihat = true}
local SHARE_WORDS = {viber = true, salin = true, link = true, messenger = true, reddit = true,
  line = true, wechat = true, zalo = true, tumblr = true, x = true, copy = true, email = true}
local RELTIME = boiler.RELATIVE_TIME
local DATE_WORDS = boiler.DATE_WORDS
-- The bytes a relative-time line can start with ("3 jam lalu", "just
-- now"), from the patterns themselves; true (no filter) when one of them
-- does not start with a digit class or a plain letter.
local RELTIME_FIRST = {}
for _, pat in ipairs(RELTIME) do
  if RELTIME_FIRST ~= true then
    if pat:find("^%^%%d") then
      for c = 48, 57 do RELTIME_FIRST[c] = true end
    elseif pat:find("^%^%l") then
      RELTIME_FIRST[pat:byte(2)] = true
    else
      RELTIME_FIRST = true
    end
  end
end
local MONTHS, DAYS = dates.MONTHS, dates.DAYS
local find, sub, lower, gsub, match, byte = string.find, string.sub,
    string.lower, string.gsub, string.match, string.byte

-- Options (overridable through M.configure or the pipeline script).
M.options = {
  corpus_min_count = 4,     -- a line seen in this many pages of a site ...
  corpus_min_share = 0.05,  -- ... and in this share of them is boilerplate
  corpus_max_words = 40,    -- never judge longer lines by repetition
}

-- ---------------------------------------------------------------------------
-- Line shape helpers
-- ---------------------------------------------------------------------------

local function words_of(line)
  local _, n = gsub(line, "%S+", "")
  return n
end

-- The lower-cased line with " :" collapsed to ":", as the rules read it.
local function low_of(line)
  local low = lower(line)
  if find(low, " :", 1, true) then low = gsub(low, " +:", ":") end
  return low
end

-- The first word of a line, lower-cased, or nil: what the prefix rules are
-- grouped by.
local function first_word(line)
  local first = match(line, "^[%s%p\xE2\x80\xA2\xC2\xB7]*(%a+)")
  return first and lower(first)
end

-- Per line: capitalised and digit-initial words (filled by split_lines).
local CAPS, DIGITS = {}, {}

-- Share of capitalised words among the words of line i that do not start
-- with a digit (CAPS and DIGITS come from split_lines).
local function cap_ratio(i, w)
  local n = w - DIGITS[i]
  if n <= 0 then return 1 end
  return CAPS[i] / n
end

-- Content words of a text for comparing a headline with the lead: lower-
-- cased words of three bytes or more that are not function words, each also
-- under its first five bytes (so "perbaikan" meets "perbaiki" and
-- "pemerintahan" meets "pemerintah"), as a set.
local TITLE_STOP = boiler.FUNCTION_WORDS
function M.content_words(text)
  local set = {}
  for w in string.gmatch(lower(text), "[%w\128-\255]+") do
    if #w >= 3 and not TITLE_STOP[w] then
      set[w] = true
      if #w >= 5 then set[sub(w, 1, 5) .. "~"] = true end
    end
  end
  return set
end

-- How many distinct content words of a line the lead's set (content_words)
-- holds, and how many content words the line has.
function M.lead_overlap(line, leadset)
  local shared, total, seen = 0, 0, {}
  for w in string.gmatch(lower(line), "[%w\128-\255]+") do
    if #w >= 3 and not TITLE_STOP[w] and not seen[w] then
      seen[w] = true
      total = total + 1
      if leadset[w] or (#w >= 5 and leadset[sub(w, 1, 5) .. "~"]) then shared = shared + 1 end
    end
  end
  return shared, math.max(total, 1)
end

-- Tests of a line's end, with byte reads from the end instead of patterns
-- anchored with "$" (which Lua tries from every byte of the line).
local function byteset(str)
  local t = {}
  for c in str:gmatch(".") do t[c:byte()] = true end
  return t
end
local SPACE_B = byteset(" \t\n\v\f\r")
local PUNCT_B = {}                                -- Lua's %p
for c = 0, 127 do if string.char(c):find("%p") then PUNCT_B[c] = true end end
local END_PUNCT = byteset(".!?:;\"')")
local QUOTE_B = byteset("\"\xE2\x80\x9D")
local MARK_B = byteset(".!?\"\xE2")

-- The position of the last byte that is not white space (0 if none).
local function last_non_space(line)
  local j = #line
  while j > 0 and SPACE_B[byte(line, j)] do j = j - 1 end
  return j
end

-- Sentence-final punctuation, allowing closing quotes and a stray "**":
-- "[%.!?:;\"')]%s*%**$" or "\xE2\x80[\x9D\x99]%s*$" (” ’); "%.%.%.$"
-- is a case of the first.
local function ends_sentence(line)
  local j = #line
  while j > 0 and byte(line, j) == 42 do j = j - 1 end         -- "*"
  while j > 0 and SPACE_B[byte(line, j)] do j = j - 1 end
  if j > 0 and END_PUNCT[byte(line, j)] then return true end
  local k = last_non_space(line)
  if k >= 3 then
    local a, b, c = byte(line, k - 2, k)
    if a == 0xE2 and b == 0x80 and (c == 0x9D or c == 0x99) then return true end
  end
  return false
end

-- "%.[\"\xE2\x80\x9D]*%s*$": a full stop, then closing quotes.
local function ends_period(line)
  local j = last_non_space(line)
  while j > 0 and QUOTE_B[byte(line, j)] do j = j - 1 end
  return j > 0 and byte(line, j) == 46
end

-- "%.[\"\xE2\x80\x9D]*$": a full stop, then only bytes of closing quotes.
local function ends_dot(line)
  local j = #line
  while j > 0 and QUOTE_B[byte(line, j)] do j = j - 1 end
  return j > 0 and byte(line, j) == 46
end

-- "[%.!?\"\xE2][\x80]?[\x9D]?%s*$": a mark, maybe a closing ” after it.
local function ends_mark(line)
  local j = last_non_space(line)
  if j == 0 then return false end
  local c = byte(line, j)
  if MARK_B[c] then return true end
  if c == 0x9D then
    if j >= 2 and MARK_B[byte(line, j - 1)] then return true end
    return j >= 3 and byte(line, j - 1) == 0x80 and MARK_B[byte(line, j - 2)] == true
  end
  if c == 0x80 then return j >= 2 and MARK_B[byte(line, j - 1)] == true end
  return false
end

-- A line made only of date words: "Rabu, 30 April 2025 | 12:30 WIB".
-- (`digit`: whether the line holds a digit, when the caller knows)
local function is_date_line(low, w, digit)
  if w > 12 then return false end
  if digit == nil then digit = find(low, "%d") ~= nil end
  if not digit then return false end
  -- (the loop below gives up at the first word that is no date word: most
  -- lines are settled by their first word, without making the iterator)
  local w1 = match(low, "[%a']+")
  if w1 and not (MONTHS[w1] or DAYS[w1] or DATE_WORDS[w1]) then return false end
  local named = false
  for word in string.gmatch(low, "[%a']+") do
    if MONTHS[word] or DAYS[word] then
      named = true
    elseif not DATE_WORDS[word] then
      return false
    end
  end
  return named or dates.first_iso(low) ~= nil
end

-- A caption printed twice on one line ("X. (Credit) X. (Credit)"): its
-- first 20 bytes again from byte 12 on, about half-way.  `k` is where they
-- occur again, as split_lines found it (AGAIN), or nil to look here.
local DOUBLED_BYTES, DOUBLED_FROM = 20, 12
local function doubled(line, k)
  local n = #line
  if n < 40 then return false end
  if k == nil then k = find(line, sub(line, 1, DOUBLED_BYTES), DOUBLED_FROM, true) end
  if not k then return false end
  local a, b = k - 1, n - k + 1
  return b >= 0.6 * a and b <= 1.7 * a
end

-- A wire service's end tag: a line "-- BERNAMA", "— Reuters", "(ANTARA)",
-- or the same after the last sentence of a paragraph ("... kata dia.
-- (ANTARA)").  Returns the position where the tag starts (1 for a line that
-- is only the tag), else nil.
local function wire_tag(line)
  local j = last_non_space(line)
  if j == 0 or j > #line then return nil end
  local c = byte(line, j)
  local s
  -- (each $-anchored pattern is tried only when a plain find shows the
  -- dash it needs: most paragraphs have none)
  if c == 41 then                                 -- "(ANTARA)"
    s = find(line, "%(%u[%u%-]+%)%s*$")
  elseif c and (c >= 65 and c <= 90 or c >= 97 and c <= 122) then
    s = find(line, "--", 1, true) and (find(line, "%-%-+%s*%u[%a%-]+%s*$")  -- "-- Reuters"
        -- an outlet's signature: "-- Example.my"
        or find(line, "%-%-+%s*%a[%w%-]*%.%a[%a%.]*%s*$"))
    if not s and (find(line, "\xE2\x80\x93", 1, true) or find(line, "\xE2\x80\x94", 1, true)) then
      s = find(line, "\xE2\x80[\x93\x94]%s*%u[%a%-]+%s*$")
          or find(line, "\xE2\x80[\x93\x94]%s*%a[%w%-]*%.%a[%a%.]*%s*$")   -- "– Rappler.com"
    end
  end
  if not s then return nil end
  local k = s - 1
  while k > 0 and SPACE_B[byte(line, k)] do k = k - 1 end
  if k == 0 then return 1 end
  -- inside a paragraph only after the end of a sentence
  local head = sub(line, 1, k)
  if ends_sentence(head) and words_of(head) >= 6 then return s end
  return nil
end
M.wire_tag = wire_tag

-- Photo credits and caption markers, grouped by a character they need so
-- that most lines are tested against none of them.
local MARKS_SLASH = {"/ [%u][%w%.]* via %u", "%f[%w]%u[%u%.]+/%u%l+ ?%u?[%l%-]*%)?%s*$",
  "%f[%w]%u[%u%.]+/[%u%-]+%s*$", "%f[%w]%u%u+/%u",
  -- "(Katadata/Dimas Ardiansyah)": an outlet and a photographer's full name
  "%(%u[%w%.%-]+/%u%l+ %u%l+[%a ]*%)%s*$"}
-- The same five as one byte-mode regex (alternatives; %f[%w] before a
-- capital is a lookbehind, $ is \z), so a paragraph with a date "6/1/2024"
-- is read once instead of four times by Lua's matcher; else the loop.
local has_credit
do
  local S_ = "[ \\t\\n\\x0b\\f\\r]"
  local NW = "(?<![A-Za-z0-9])"
  local rx = table.concat({
    "/ [A-Z][A-Za-z0-9.]* via [A-Z]",
    NW .. "[A-Z][A-Z.]+/[A-Z][a-z]+ ?[A-Z]?[a-z-]*\\)?" .. S_ .. "*\\z",
    NW .. "[A-Z][A-Z.]+/[A-Z-]+" .. S_ .. "*\\z",
    NW .. "[A-Z][A-Z]+/[A-Z]",
    "\\([A-Z][A-Za-z0-9.-]+/[A-Z][a-z]+ [A-Z][a-z]+[A-Za-z ]*\\)" .. S_ .. "*\\z"}, "|")
  local ok, r = pcall(function() return adapt.re and adapt.re.compile(rx, "b") end)
  if ok and r then
    local test = r.test
    has_credit = function(line) return test(r, line) end
  else
    has_credit = function(line)
      for i = 1, #MARKS_SLASH do
        if find(line, MARKS_SLASH[i]) then return true end
      end
      return false
    end
  end
end
M.has_credit = has_credit
local MARKS_LOW = {"(foto:", "( foto:", "(foto ", "(dok.", "(istimewa)",
  "(tangkapan layar", "(ilustrasi", "(photo:", "photo:", "foto:", "image:",
  "(sumber foto", "kredit foto", "foto hiasan", "gambar hiasan", "foto fail",
  "gambar fail", "antara foto", "afp photo", "ap photo", "getty images",
  "\xE2\x80\x93 gambar:", "- gambar:", "\xE2\x80\x94 gambar ", "\xE2\x80\x93 gambar ",
  ". credit: ",
  -- an agency's photo desk then the photographer: "(Outlet Photo/Name)"
  " photo/", "(photo/", " foto/", "(foto/",
  -- the photographer in brackets: "(Photo by Name)", "(Foto oleh Name)"
  "(photo by ", "(photos by ", "(foto oleh ", "(gambar oleh ", "(image by ",
  -- the outlet's archive: "(XX/dok)", "(dok/XX)"; a source after the
  -- caption: "... . Sumber: Facebook Name"
  "/dok)", "/dok.)", "(dok/", ". sumber: facebook", ". sumber: instagram", ". sumber: tiktok",
  ". source: facebook", ". source: instagram",
  -- the outlet's photo desk in brackets: "(Outlet File Photo)", "(Outlet Photo)"
  " file photo)", "(file photo)", " photo)", " foto)", "(foto fail)"}

-- Labels of a publication or upload stamp before its date ("Diunggah
-- 03/10/2026 08:05", "Posted 3 Oct 2026").
local STAMP_LABELS = {diunggah = true, diposting = true, diterbitkan = true, terbit = true,
  dipublikasikan = true, published = true, posted = true, uploaded = true, updated = true,
  diperbarui = true, dikemaskini = true, disiarkan = true, dimuat = true}

-- The rules of a box that may sit between two paragraphs (a prompt, a
-- share bar, an ad, a hotline bar): a subheading may follow it (step 7).
local BOX_RULES = {prompt = true, share = true, ad = true, nav = true, poll = true,
  counter = true, donation = true, cookie = true, disclaimer = true}

-- The label of a reader poll over its question.
local POLL_LABELS = {undian = true, poll = true, polling = true, ["jajak pendapat"] = true,
  ["tinjauan pembaca"] = true, ["reader poll"] = true, ["quick poll"] = true, ["undi"] = true,
  ["kuis"] = false, ["survey"] = true, ["survei"] = true}

-- A photo's caption credited in round brackets after its sentence: "A man
-- crosses the flooded road. (Outlet)", "... (Dok. Agency)".  The credit is
-- one to three capitalised words with a lower-case letter (an all-capital
-- "(ANTARA)" after a paragraph is a wire's end tag), and the caption one
-- sentence of at most thirty words (a paragraph signed off by a wire runs
-- longer or holds more sentences).
local function paren_credit(line)
  if byte(line, last_non_space(line)) ~= 41 then return false end
  local head, cr = match(line, "^(.-[%.!?])[\"'\xE2\x80\x9D]*%s+%((%u[%w%.%-' ]*)%)%s*$")
  if not cr or words_of(cr) > 3 or not find(cr, "%l") then return false end
  if words_of(head) > 30 then return false end
  -- (one sentence: no sentence end followed by a capital inside)
  return not find(sub(head, 1, -2), "[%.!?][\"'\xE2\x80\x9D]?%s+[%u\"'\xE2]")
end

local function has_caption_mark(line, low, maybe)
  if paren_credit(line) then return true end
  -- "Refugees wait on a beach. [Reuters]", "... [Name/Outlet]": a credit
  -- of one to five capitalised words in square brackets after a sentence
  if byte(line, last_non_space(line)) == 93 then
    local cr = match(line, "[%.!?][\"'\xE2\x80\x9D]*%s+%[(%u[%w%.%-/' ]*)%]%s*$")
    if cr and words_of(cr) <= 5 then return true end
  end
  -- (a double dateline, "CITY/CITY -- ...", is no photo credit "AGENCY/NAME")
  if find(line, "/", 1, true) and has_credit(line)
      and not find(line, "^%u[%u%.' ]+/%u[%u%.' ]+%s+[%-\xE2]")
      and not find(line, "^%u[%u%.' ]+/%u[%u%.' ]+[,:]%s") then
    return true
  end
  if maybe == false then return false end  -- no trigger on the line
  if find(low, "fot", 1, true) or find(low, "(", 1, true) or find(low, ":", 1, true)
      or find(low, "photo", 1, true) or find(low, "gambar", 1, true)
      or find(low, "getty", 1, true) then
    for i = 1, #MARKS_LOW do
      if find(low, MARKS_LOW[i], 1, true) then return true end
    end
  end
  return false
end

-- ---------------------------------------------------------------------------
-- Rule classification of one line: returns a rule name or nil
-- ---------------------------------------------------------------------------
-- Bytes a counter line ("1.2k shares") can start with.
local NUM_FIRST = byteset("0123456789.,")

-- Bytes that the exact-widget key strips from a line's end ("Bagikan:",
-- "Tags |", "Terkini »").
local KEY_TAIL = {}
for c in ("\t\n\v\f\r :|-.!>\xC2\xBB"):gmatch(".") do KEY_TAIL[c:byte()] = true end

-- `maybe` is false when the page's trigger scan found none of the literals
-- the substring, caption, navigation and arrow rules need on this line (they
-- are then skipped); nil or true runs every rule.  `first` is the line's
-- first word (first_word, false if none), `alnum` whether it has a letter
-- or digit, `again` where it starts over (see doubled; nil: look) and
-- `digit` whether it holds a digit (nil: look), as split_lines found them.
-- The rule of the first prefix pattern of `first` that matches the
-- lower-cased line, as classify tries them (nil when none does).  Step 1
-- asks it for a long line whose first word opens some prefix rule ("dari",
-- "a", "was"): when none matches, the line takes the fast path as a line
-- whose first word opens none, instead of the whole rule chain.
local function prefix_rule(low, first, w)
  local list = PREFIX[first]
  if not list or w > 60 then return nil end
  local at = find(low, "%a")
  for i = 1, #list do
    local rule = list[i]
    if find(low, rule[1], at) and (not OPEN_ENDED[rule] or w <= 8) then return rule[2] end
  end
  return nil
end

local function classify(line, low, w, site_rules, maybe, first, alnum, again, digit)
  -- exact widgets: the line without its run of tail bytes (what gsub
  -- "[%s:|%-%.!>»]+$" would leave, read from the end instead of trying the
  -- class at every byte), else the whole line.  A line longer than every
  -- widget is not looked up (a long string as a table key is hashed whole)
  -- and its key is not made.
  local j = #low
  while j > 0 and KEY_TAIL[byte(low, j)] do j = j - 1 end
  if j <= EXACT_MAX then
    local r = (j < #low and EXACT[sub(low, 1, j)])
        or (#low <= EXACT_MAX and EXACT[low])
    if r then return r end
  end
  -- (the prefix patterns are anchored, "^...", where the first word starts:
  -- after the leading spaces, punctuation and bullets, none of which is a
  -- letter; open-ended prefixes, "penulis ", only on short lines)
  if first then
    local r = prefix_rule(low, first, w)
    if r then return r end
  end
  if site_rules then
    local sr = sites.match(site_rules, low)
    if sr then return sr end
  end
  if w <= ANY_MAX and w <= 25 and maybe ~= false then
    if anyset then
      local id = anyset:first(low)
      if id then return ANYWHERE[id][2] end
    else
      for i = 1, #ANYWHERE do
        if find(low, ANYWHERE[i][1], 1, true) then return ANYWHERE[i][2] end
      end
    end
  end
  if not alnum then return "symbols" end
  -- an aggregator's link to another story: "Outlet \xC2\xB7 Headline
  -- \xC2\xB7 5 jam lalu", its source, headline and age between dots
  -- (and a source's line with its age between dots, "Outlet \xC2\xB7 13 jam
  -- lalu \xC2\xB7 + Ikuti", is a stamp)
  if w >= 4 and w <= 30 and maybe ~= false and find(line, " \xC2\xB7 ", 1, true) then
    local parts = {}
    for part in string.gmatch(low .. " \xC2\xB7 ", "(.-) \xC2\xB7 ") do parts[#parts + 1] = part end
    for k = 2, #parts do
      local seg = match(parts[k], "^%s*(.-)%s*$")
      for x = 1, #RELTIME do
        if find(seg, RELTIME[x]) and #seg <= 24 then
          if k == #parts and k >= 3 and words_of(parts[k - 1]) >= 4 then return "related-link" end
          return "timestamp"
        end
      end
    end
  end
  -- a row of reactions: emoji with their counts, and at most one word
  -- ("\xF0\x9F\x91\x8D 148 \xC2\xB7 \xF0\x9F\x92\xAC 19 komentar")
  if w <= 16 and byte(line, 1) >= 0xE2 then
    local _, words = gsub(low, "%f[%w]%a+", "")    -- (not the "k" of "2.1k")
    -- (counts after a space, "148", "4.2K"; not a clock's "2:14")
    local _, counts = gsub(line, "%s%d[%d.,]*[KkMm]?%f[^%w:]", "")
    if words <= 1 and counts >= 2 then return "counter" end
  end
  -- (the anchored patterns below are tried only when the line starts with,
  -- or holds, the byte they need)
  if w <= 6 then
    local c1 = byte(low, 1)
    -- a social post's header: its time, then a dot ("3 jam \xC2\xB7", "2 hrs
    -- \xC2\xB7 \xF0\x9F\x8C\x8F"); the post's text follows (see step 1's embeds)
    if find(line, "\xC2\xB7[%s\128-\255]*$") and find(line, "%d") then return "embed" end
    if RELTIME_FIRST == true or RELTIME_FIRST[c1] then
      for i = 1, #RELTIME do
        if find(low, RELTIME[i]) then return "timestamp" end
      end
    end
    -- a clock time alone ("5:02 PM", "10.30 WIB"), or with a day part
    -- and a short date ("7:30 pagi, 29 Dis"): a live blog's entry stamp,
    -- never text
    if c1 and c1 >= 48 and c1 <= 57 and w <= 5 then
      local stamp = low
      -- the short date first and the time after a bar or a comma ("26 nov |
      -- 4.05 ptg", "3 mar, 10:15 am"): the same stamp, read from its time
      local d_mon, d_rest = match(low, "^%d%d?%s+(%a+)%.?%s*[|,\xC2\xB7%-]%s*(%d%d?[:.]%d%d.*)$")
      if d_mon and MONTHS[d_mon] then stamp = d_rest end
      local h, sep, rest = match(stamp, "^(%d%d?)([:.])%d%d%f[^%d]%s*(.-)$")
      if h and tonumber(h) <= 24 and (rest ~= "" or sep == ":") then
        local ok = true
        for word in string.gmatch(gsub(rest, "[%.,]", " "), "%S+") do
          if DATE_WORDS[word] or DAY_PARTS[word] then
            -- (a zone, a day part)
          elseif (MONTHS[word] or find(word, "^%d%d?$")) and w >= 3 then
            -- (a day and a month: "29 Dis")
          else
            ok = false; break
          end
        end
        if ok then return "entry-time" end
      end
    end
    -- a video player's play mark and duration ("\xE2\x96\xB6 0:42")
    if c1 == 0xE2 and w <= 3 and find(low, "^\xE2\x96\xB6\xEF?\xB8?\x8F?%s*%d+:%d%d") then
      return "embed"
    end
    -- an embed left as a marker in brackets ("[Video: ...]", "[Embed]")
    if c1 == 91 and find(low, "^%[[^%]]*%a[^%]]*%]$") then return "embed" end
    if (find(low, "/", 1, true) and find(low, "^%(?[%a%.]+/[%a%.]+%)?$"))
        or (c1 == 40 and (find(low, "^%(%a+%)$") or find(low, "^%(%*+%)$")
            -- a reporter's code ("(id23)", "(m15)")
            or find(low, "^%(%a%a?%a?%d%d?%d?%)$"))) then
      return "endtag"
    end
    -- a stock quote's change ("-0.005 (-0.50%)", "+12.5 (+1.2%)"): a quote
    -- box (step 1b takes the rest of its block)
    if w <= 3 and find(low, "^[%+%-]?[%d%.,]+%s*%([%+%-]?[%d%.,]+%%%)$") then
      return "stock-quote"
    end
    -- the heading of the readers' comments with their count ("Komentar
    -- (5)", "Comments (12)"): a counter, so end matter (step 6)
    if w <= 2 and find(low, "^%a+ %(%d+%)$") then
      local label = match(low, "^(%a+)")
      if label == "komentar" or label == "komen" or label == "comments"
          or label == "comment" or label == "ulasan" then
        return "counter"
      end
    end
    if NUM_FIRST[c1] and find(low, "^[%d%.,]+%s*[km]?%s+%a+$") then
      local unit = match(low, "(%a+)$")
      if unit == "shares" or unit == "share" or unit == "views"
          or unit == "komentar" or unit == "comments" or unit == "dibaca"
          or unit == "likes" or unit == "kali" then
        return "counter"
      end
    end
  end
  -- a video link under a play mark ("\xE2\x96\xB6 Video: ... (01:12)",
  -- "\xE2\x96\xB6 Watch: ...")
  if w <= 25 and byte(low, 1) == 0xE2 and find(low, "^\xE2\x96\xB6") then
    local label = match(low, "^\xE2\x96\xB6\xEF?\xB8?\x8F?%s*(%a+)")
    if VIDEO_LABELS[label] or find(low, "%(%d+:%d%d%)%s*$") then return "embed" end
  end
  if w <= 16 then
    -- a reader poll's options: radio buttons ("( ) Ya  ( ) Tidak") or
    -- answers with their vote counts ("Puas (128)  Kecewa (311)")
    -- (both need a "(": most lines have none, and a gsub copies the line)
    if find(low, "(", 1, true) then
      local _, radios = gsub(low, "%(%s?%)", "")
      if radios >= 2 then return "poll" end
      if find(low, "%(%d") then
        local rest, votes = gsub(low, "[^()]-%(%d[%d.,]*%%?%)", "")
        if votes >= 2 and not find(rest, "%S") then return "poll" end
      end
    end
    -- a share row: a label and share buttons only ("Share: Facebook X
    -- Copy link", "Bagikan : WhatsApp Telegram Salin")
    -- (one word that is no button settles it: the first word after the
    -- label, where the body would start, is read before the body is made,
    -- and the loop stops at the first such word)
    local t1
    if w >= 3 then
      local colon = find(low, ":", 1, true)
      t1 = match(low, "^[%s|\xC2\xB7]*([^%s|\xC2\xB7]+)", colon and colon + 1 or 1)
    end
    if t1 and (EXACT[t1] == "share" or SHARE_WORDS[t1]) then
      local body = match(low, "^[^:]*:%s*(.*)$") or low
      local buttons, others = 0, 0
      for word in string.gmatch(body, "[^%s|\xC2\xB7]+") do
        if EXACT[word] == "share" or SHARE_WORDS[word] then buttons = buttons + 1 else others = 1; break end
      end
      if buttons >= 3 and others == 0 then return "share" end
    end
  end
  -- a donation box: a donation word and a bank account number
  -- (both numbers open with three digits in a row: one scan finds the
  -- first such run, or shows there is none, and both are looked for from
  -- there)
  local d3 = w <= 30 and digit ~= false and find(low, "%d%d%d")
  if d3 and (find(low, "%d%d%d%d?[%s%-]%d%d%d%d?[%s%-]%d%d%d%d?[%s%-]?%d*", d3)
      or find(low, "%d%d%d%d%d%d%d%d%d%d", d3)) then
    for x = 1, #DONATION_WORDS do
      if find(low, DONATION_WORDS[x], 1, true) then return "donation" end
    end
  end
  -- a live blog entry's sign-off: a dash, the writer's initials and the
  -- newsroom ("\xE2\x80\x94ABC, Example Newsroom", "- XYZ/ABC, Example News")
  -- (the newsroom's words all capitalised, no final mark: "- PKR, DAP dan
  -- Amanah" is a list item)
  if w <= 8 and find(line, "^[%-\xE2][\x80]?[\x93\x94]?%s?%u%u%u?%u?[/%u]*,%s*%u") then
    local tail = match(line, ",%s*(.-)%s*$")
    if not find(" " .. tail, "%s[^%u%s]") and not find(tail, "[%.;:]$") then return "signoff" end
  end
  -- "By Name", "By: Name - Correspondent", "By Name / Staff reporter": a
  -- short line opening with "by" that names persons and does not end like
  -- a sentence ("By Monday, the ministry had ..." names nobody)
  if first == "by" and w <= 10 then
    local last = byte(line, -1)
    if last ~= 46 and last ~= 33 and last ~= 63 and #meta.byline_names(line) > 0 then
      return "byline"
    end
  end
  if w <= 10 and byte(line, 1) == 40 and find(line, "^%(.-/.-%)$") then return "endtag" end
  local b1 = byte(line, 1)
  if b1 == 0xE2 then
    local b2, b3 = byte(line, 2, 3)
    -- a quote card: a body quote printed again between ornaments
    if b2 == 0x9D and (b3 == 0x9D or b3 == 0x9B) then return "pullquote" end
  end
  -- an embedded post's attribution: "\xE2\x80\x94 Name (@handle) May 2, 2025"
  if w <= 15 and (b1 == 0xE2 or b1 == 45) and find(line, "%(@[%w_]+%)")
      and find(line, "^[%-\xE2][\x80]?[\x93\x94]?%s") then
    return "embed"
  end
  if w <= 3 and wire_tag(line) == 1 then return "endtag" end
  if is_date_line(low, w, digit) then return "date" end
  if maybe ~= false and find(low, "|", 1, true) then
    local _, bars = gsub(low, "|", "")
    if bars >= 2 and not find(low, "[%.!?]%s") then return "nav" end
  end
  -- (a ">" or a "\xC2" byte, as "[>\xC2][\xBB]?" matches; plain finds
  -- instead of a class tried at every byte)
  if maybe ~= false and (find(low, ">", 1, true) or find(low, "\xC2", 1, true)) then
    -- (every arrow starts with " >", " \xC2" or " \xBB")
    if find(low, " >", 1, true) or find(low, " \xC2", 1, true) or find(low, " \xBB", 1, true) then
      local _, arrows = gsub(low, " [>\xC2\xBB]+ ", "")
      if arrows >= 2 then return "nav" end
    end
  end
  if byte(low, 1) == 35 and find(low, "^#%S") then
    local _, tags = gsub(low, "#%S+", "")
    if tags == w then return "tags" end
  end
  if w <= 60 and has_caption_mark(line, low, maybe) then return "caption" end
  if w >= 6 and doubled(line, again) then return "caption" end
  -- a promotion under its label ("Asia Weekly newsletter: ...")
  if w <= 60 and maybe ~= false and find(low, ":", 1, true) then
    local label = match(low, "^([^:]+):")
    if label and words_of(label) <= 4 and PROMO_LABELS[match(label, "(%S+)%s*$")] then
      return "prompt"
    end
  end
  return nil
end

-- classify is a pure function of the line and the site's rules (every
-- other argument is read off the line, the trigger flag too: no trigger
-- spans a line break), and a site's menus, widgets and labels come back on
-- every page of it.  Its answers are remembered, per site rules and trigger
-- flag, for up to MEMO_MAX lines, then forgotten all at once.  Kept small:
-- the collector traverses the memo on every cycle, and with 50000 lines the
-- later stages (which allocate the most) lost more time than this saved; a
-- site's repeated lines are few, so 2000 keeps most of the gain.
local MEMO_MAX = 2000
local memo, memo_n = {}, 0
local NO_SITE = {}

-- The memo tables of a page's site rules: for lines with a trigger, and
-- for lines without.
local function memo_of(site_rules)
  if memo_n > MEMO_MAX then memo, memo_n = {}, 0 end
  local key = site_rules or NO_SITE
  local m = memo[key]
  if not m then
    m = {[true] = {}, [false] = {}}
    memo[key] = m
  end
  return m[true], m[false]
end

-- The rule that removes a line, or nil (`low` the line as low_of makes it,
-- `w` its word count).
function M.rule_of(line, low, w, site_rules, maybe)
  return classify(line, low, w, site_rules, maybe, first_word(low) or false,
                  find(low, "[%w\128-\255]") ~= nil)
end

-- ---------------------------------------------------------------------------
-- Per-document state, reused between documents (one worker, one document at
-- a time).
-- ---------------------------------------------------------------------------
local S, W, KIND, RULE, POS, HIT = {}, {}, {}, {}, {}, {}
-- Per line: the lower-cased line as the rules read it (LOW, see low_of), its
-- first word (FIRST, see first_word; false if none), its number of
-- alphanumeric runs (RUNS, 0 for a line of symbols), whether it ends like
-- a sentence (ENDS, see ends_sentence) and where it starts over (AGAIN, see
-- doubled; false if nowhere).
local LOW, FIRST, RUNS, ENDS, AGAIN, SHAPE = {}, {}, {}, {}, {}, {}
local lines_n = 0
-- saring.lines.split with the line features (the version that has heads)
local native_split = adapt.lines and adapt.lines.heads and adapt.lines.split
local LT = {}                   -- saring.lines' arrays, reused per page
-- The lower case of a line is made on demand (LOW_MT), for the lines the
-- rule chain reads whole (not a line whose rule the memo knows, nor a long
-- line without a trigger) and those fields.lua asks about: most lines never
-- need it, so split makes none (low = 0: only blank lines have no words).
-- The lines' spans (start, stop) are read only by mark_hits without
-- set:lines.
local SPLIT_OPTS = {low = 0, first = true, shape = true,
                    again = DOUBLED_BYTES, again_from = DOUBLED_FROM,
                    spans = not (trigset and trigset.lines)}

-- The lower case of a line that split_lines left without one: made in C by
-- saring.lines.lowindex (the same bytes as low_of) from the lines of LT,
-- which split reuses for every page, else in Lua.
local LOW_MT = {__index = function(t, i)
  local line = S[i]
  if not line then return nil end
  local low = low_of(line)
  rawset(t, i, low)
  return low
end}
if native_split and adapt.lines.lowindex then
  LT.line = {}
  LOW_MT.__index = adapt.lines.lowindex(LT.line)
end

-- Shape flags of a line (SHAPE, from split_lines): bits for tests step 1
-- asks of every line, answered by saring.lines in the same pass as the
-- other features; shape_of is the same in Lua.
local SH = adapt.lines and adapt.lines.SHAPE
    or {hash = 1, slash = 2, period = 4, dotdot = 8, mark = 16, lowpair = 32, lower = 64,
        digit = 128}
local SH_HASH, SH_SLASH, SH_PERIOD, SH_DOTDOT = SH.hash, SH.slash, SH.period, SH.dotdot
local SH_MARK, SH_LOWPAIR, SH_LOWER, SH_DIGIT = SH.mark, SH.lowpair, SH.lower, SH.digit
local function shape_of(line)
  local f = 0
  local c = byte(line, 1)
  if c == 35 then f = f | SH_HASH end                            -- "^#"
  if c and c >= 97 and c <= 122 then f = f | SH_LOWER end         -- "^%l"
  if find(line, "/", 1, true) then f = f | SH_SLASH end
  if ends_period(line) then f = f | SH_PERIOD end
  if sub(line, -2) == ".." then f = f | SH_DOTDOT end
  if ends_mark(line) then f = f | SH_MARK end
  if find(line, "%f[%w]%l%l+ %l%l+") then f = f | SH_LOWPAIR end
  if find(line, "%d") then f = f | SH_DIGIT end
  return f
end
M.shape_of = shape_of

-- Splits the page into S (lines), POS (first bytes), W (words), CAPS,
-- DIGITS and the features above: in one C pass with saring.lines, else with
-- Lua patterns.
local function split_lines(text)
  local n
  if native_split then
    n = native_split(text, LT, SPLIT_OPTS)
    S, POS, W, CAPS, DIGITS = LT.line, LT.start, LT.words, LT.caps, LT.digits
    LOW, FIRST, RUNS, ENDS, AGAIN = LT.low, LT.first, LT.runs, LT.ends, LT.again
    SHAPE = LT.shape
    if not getmetatable(LOW) then setmetatable(LOW, LOW_MT) end
  else
    n = 0
    for pos, line in string.gmatch(text, "()([^\n]*)\n?") do
      n = n + 1
      S[n] = line
      POS[n] = pos
      W[n] = words_of(line)
      local _, caps = gsub(line, "%f[%w\128-\255][%u\195]", "")
      local _, digits = gsub(line, "%f[%w\128-\255]%d", "")
      CAPS[n], DIGITS[n] = caps, digits
      LOW[n] = low_of(line)
      FIRST[n] = first_word(line) or false
      RUNS[n] = find(line, "[%w\128-\255]") and 1 or 0  -- only 0 or not matters
      ENDS[n] = ends_sentence(line)
      AGAIN[n] = #line >= 2 * DOUBLED_BYTES
          and find(line, sub(line, 1, DOUBLED_BYTES), DOUBLED_FROM, true) or false
      SHAPE[n] = shape_of(line)
    end
    -- gmatch yields one extra empty match at the very end
    if n > 0 and S[n] == "" then n = n - 1 end
    for i = n + 1, lines_n do S[i] = nil; W[i] = nil; POS[i] = nil
      CAPS[i] = nil; DIGITS[i] = nil; LOW[i] = nil; FIRST[i] = nil
      RUNS[i] = nil; ENDS[i] = nil; AGAIN[i] = nil; SHAPE[i] = nil end
  end
  for i = n + 1, lines_n do KIND[i] = nil; RULE[i] = nil end
  lines_n = n
  return n
end

-- Marks HIT[i] for the lines where the trigger set matches; false when the
-- scan could not run (then every line takes the slow path).  One C pass
-- with set:lines when saring.patterns has it, else a table per match.
local function mark_hits(text, n)
  if trigset and trigset.lines then
    local m, t = trigset:lines(text, HIT)
    if m then
      HIT = t
      return true
    end
  end
  for i = 1, n do HIT[i] = false end
  if not trigset then return false end
  local hits = trigset:scan(text)
  if not hits then return false end
  local li = 1
  for h = 1, #hits do
    local st = hits[h].start
    while li < n and POS[li + 1] <= st do li = li + 1 end
    HIT[li] = true
  end
  return true
end

-- The lines that later rules read one at a time: those a rule of step 1
-- removed that the later steps look for (captions next to their text,
-- related-list headings; the bylines, end tags, copyright and date lines
-- of fields.lua), and those opening with a word they look for ("skip past";
-- the author labels of fields.lua).  Step 1 lists them in page order
-- (MARKED), so those rules visit a few lines instead of the whole page.
-- Only step 1 gives these rules (later steps remove prose and short lines
-- with rules of their own), so the list holds every line they can match.
local MARK_RULE = {caption = true, ["related-heading"] = true,
  -- (embeds and quote cards with their attribution lines, ads with their
  -- text, a live blog's entry stamps and pinned label, headings of links)
  embed = true, pullquote = true, ad = true, ["entry-time"] = true, pinned = true,
  poll = true,
  ["related-link"] = true, share = true, ["author-box"] = true, ["summary-box"] = true,
  ["stock-quote"] = true, ["quote-box"] = true, ["facts-box"] = true, ["jobs-box"] = true,
  chart = true,
  -- (an aggregator's attribution line may hold the story's date: fields.lua)
  source = true}
local MARK_FIRST = {skip = true}
for r in pairs(fields.LINE_RULES) do MARK_RULE[r] = true end
for w in pairs(fields.FIRST_WORDS) do MARK_FIRST[w] = true end
local MARKED = {}
local BARE = {}
-- An ad's offer ("up to 50% off", "for only ..."): the text under an ad
-- label that holds one is the ad's, even when it ends like a sentence.
local AD_OFFERS = boiler.AD_OFFERS
local function ad_offer(low)
  for k = 1, #AD_OFFERS do
    if find(low, AD_OFFERS[k], 1, true) then return true end
  end
  return false
end
-- A writer's follow button, under the name and bio of a blog's writer.
local FOLLOW_BUTTONS = {ikuti = true, follow = true, ["+ ikuti"] = true, ["+ follow"] = true,
  ikut = true, ["ikuti penulis"] = true, ["follow author"] = true}

-- A writer's bio under the story opens with the writer's name and a verb of
-- being ("Name Surname is a lecturer at ...", "Name adalah peneliti di
-- ...", "Penulis merupakan dosen ..."): the name as written (two to five
-- capitalised words), true for "the writer", nil for any other line.
local BIO_VERBS = {" is a ", " is an ", " is the ", " adalah ", " merupakan ", " ialah "}
local BIO_SELF = {penulis = true, ["the writer"] = true, ["the author"] = true,
                  ["penulis artikel ini"] = true, ["the writers"] = true}
local function bio_name(line)
  for v = 1, #BIO_VERBS do
    local at = find(line, BIO_VERBS[v], 1, true)
    if at and at <= 60 then
      local name = sub(line, 1, at - 1)
      if BIO_SELF[lower(name)] then return true end
      local nw = 0
      for word in string.gmatch(name, "%S+") do
        nw = nw + 1
        if not find(word, "^%u") then return nil end
      end
      if nw >= 2 and nw <= 5 then return name end
      return nil
    end
  end
  return nil
end

-- The end of the text before a photographer's bare name, as the first of
-- the patterns "^(.-[%.!?]) %u%l+ %u%l+$" and "^(.-[%.!?]) %u%l+ %u%l+
-- %u%l+$" that matches would capture it, or nil when neither matches.
-- Read from the line's end: the lazy "(.-" would try the rest of a
-- pattern at every byte of the line, and the rest can only match where
-- the last two (three) words start, as "%l+" holds no space.
local function name_tail(line)
  local j = #line
  for k = 1, 3 do
    local e = j
    local c = byte(line, j)
    while c and c >= 97 and c <= 122 do j = j - 1; c = byte(line, j) end
    if j == e or not c or c < 65 or c > 90 or byte(line, j - 1) ~= 32 then return nil end
    j = j - 2                           -- the byte before the space
    if k >= 2 then
      c = byte(line, j)
      if c == 46 or c == 33 or c == 63 then return j end
    end
  end
  return nil
end

local function remove(i, rule)
  KIND[i] = "B"
  RULE[i] = rule
end

-- A table of contents: two or more short lines in a row (blank lines
-- aside) that each come back later, apart, as a subheading over prose
-- ("1. Ditemui oleh nelayan" ... "6. Apa seterusnya?" under "Isi
-- Kandungan", "Daftar Isi", "Contents").  There the later copies are the
-- article's own and the first ones go, with a label line just above them.
-- Returns the set of first copies to remove (and marks the label), or nil.
-- `reps` is adapt.repeats' list of (later copy, first copy, adjacent).
local function toc_firsts(reps, nrep, n)
  local later_of, firsts = {}, {}
  for x = 1, 3 * nrep, 3 do
    local i, j, adjacent = reps[x], reps[x + 1], reps[x + 2]
    if not adjacent and KIND[j] == "S" and W[j] <= 12 and not later_of[j] then
      later_of[j] = i
      firsts[#firsts + 1] = j
    end
  end
  if #firsts < 2 then return nil end
  table.sort(firsts)
  local function next_full(k)
    k = k + 1
    while k <= n and KIND[k] == "E" do k = k + 1 end
    return k
  end
  local out
  local a = 1
  while a <= #firsts do
    -- the run of first copies that follow each other
    local b = a
    while b < #firsts and next_full(firsts[b]) == firsts[b + 1] do b = b + 1 end
    if b > a then
      -- every later copy comes after the run, over a prose line, and no
      -- two later copies follow each other
      local ok, last = true, firsts[b]
      local seen_next = {}
      for k = a, b do
        local i = later_of[firsts[k]]
        local nx = next_full(i)
        if i <= last or nx > n or KIND[nx] ~= "P" or seen_next[i] then ok = false; break end
        seen_next[nx] = true
      end
      if ok then
        out = out or {}
        for k = a, b do out[firsts[k]] = true end
        local p = firsts[a] - 1
        while p >= 1 and KIND[p] == "E" do p = p - 1 end
        if p >= 1 and KIND[p] == "S" and W[p] <= 4 and not ENDS[p] and DIGITS[p] == 0 then
          remove(p, "toc")
        end
      end
    end
    a = b + 1
  end
  return out
end

-- A key for "same line" comparisons: lower case, letters and digits only
-- (adapt.lua).
local norm_key = adapt.norm_key

-- Datelines of this page's lines: the same line is asked about by the site
-- guess, the title search, the teaser index and the body start.  Parsing
-- is a pure function of the line; the cache is by line number (a paragraph
-- as a table key would be hashed whole), emptied for every page, and asked
-- only before the body's end changes a line (step 6).
local DL = {}
local function dateline_at(i)
  local v = DL[i]
  if v == nil then
    v = dateline.parse(S[i]) or false
    DL[i] = v
  end
  return v or nil
end

-- The teasers and pull-quotes of a page: the lines whose first five words
-- (lower-cased, after any opening quote) open a sentence of another
-- paragraph (adapt.lua).
local teasers, join, repeats = adapt.teasers, adapt.join, adapt.repeats
local REPEATS = {}      -- repeats' array, reused
local TEASERS = {}      -- teasers' array, reused

-- A line without its closing punctuation, white space and curly quotes
-- (what repeating gsub "\xE2\x80[\x98-\x9F]$" and "[%s%p]+$" until
-- nothing changes leaves, read from the end instead of trying the patterns
-- at every byte).
local function strip_end(t)
  local j = #t
  while j > 0 do
    local c = byte(t, j)
    if SPACE_B[c] or PUNCT_B[c] then
      j = j - 1
    elseif c >= 0x98 and c <= 0x9F and j >= 3 and byte(t, j - 1) == 0x80
        and byte(t, j - 2) == 0xE2 then
      j = j - 3
    else
      break
    end
  end
  return j < #t and sub(t, 1, j) or t
end

-- ---------------------------------------------------------------------------
-- The stage
-- ---------------------------------------------------------------------------

-- Site key of a document for site rules and corpus counts: the URL host,
-- else the outlet of a dateline among the first lines, else nil.
local function early_site(doc_meta, n)
  local host = meta.url_host(doc_meta and (doc_meta.url or doc_meta.link))
  if host then return host end
  local seen = 0
  for i = 1, n do
    local line = S[i]
    if line ~= "" then
      seen = seen + 1
      if #line > 60 then
        local dl = dateline_at(i)
        if dl and dl.outlet then return lower(dl.outlet), dl end
      end
      if seen > 25 then break end
    end
  end
  return nil
end

-- The lines of a page that were tab-separated cells before white space was
-- repaired ("Home<TAB>Taiwan News<TAB>Business"): a menu bar or a table row
-- of links, never a headline.  A set of those lines as cleaned, or nil when
-- the page has no tab at all (most pages: one plain find).
local has_tab
do
  local ok, r = pcall(function() return adapt.re and adapt.re.compile("\t", "b") end)
  if ok and r then has_tab = r end
end
local function tab_menus(doc)
  -- (a document is asked for a tab in its own buffer: most pages have
  -- none, and doc.text would copy the whole page into a Lua string first)
  if has_tab and type(doc) == "userdata" and not has_tab:test(doc) then return nil end
  local raw = doc.text
  if type(raw) ~= "string" or not find(raw, "\t", 1, true) then return nil end
  local set
  local pos = 1
  while true do
    -- the next line holding a tab, found from the tab (a pattern with two
    -- "[^\n]*" would retry from every byte of a long line)
    local t = find(raw, "\t", pos, true)
    if not t then break end
    local le = find(raw, "\n", t, true) or #raw + 1
    pos = le + 1
    -- (cells need two tabs at least)
    local t2 = find(raw, "\t", t + 1, true)
    local line = ""
    if t2 and t2 < le then
      local ls = t
      while ls > 1 and byte(raw, ls - 1) ~= 10 do ls = ls - 1 end
      line = sub(raw, ls, le - 1)
    end
    -- three cells or more, each short, between the line's first and last
    -- text (tabs that indent a paragraph make no cells)
    local cells, short = 0, true
    for cell in string.gmatch(line, "[^\t]+") do
      if find(cell, "%S") then
        cells = cells + 1
        if #cell > 40 then short = false; break end
      end
    end
    if cells >= 3 and short then
      local key = adapt.clean_text(line)
      if key ~= "" then
        set = set or {}
        set[key] = true
      end
    end
  end
  return set
end

-- Count the page's short lines per site in the shared counter (prepass).
function M.prepass(doc)
  DL = {}
  local text = adapt.clean_text(doc.text)
  local n = split_lines(text)
  local site = early_site(doc.meta, n) or "?"
  local counter = adapt.counter("news.lines")
  counter:incr(site .. "\0#pages")
  local seen = {}
  for i = 1, n do
    local line = S[i]
    if line ~= "" then
      if W[i] <= M.options.corpus_max_words then
        local key = adapt.line_key(site .. "\0" .. line)
        if not seen[key] then
          seen[key] = true
          counter:incr(key)
        end
      end
    end
  end
  return doc
end

-- The title rules' tests of a candidate line (step 2), pure functions of
-- the line, made once rather than for every page.

-- a stamp that opens with a date ("Selasa, 8 April 2025 | Kuching
-- 31°C": the day's date and a weather widget), at most a weekday before it
local function date_first(line)
  local _, d = dates.first(line)
  if not d then return false end
  local before = sub(line, 1, d.start - 1)
  -- nothing before it, or only its weekday ("Selasa, ")
  if not find(before, "%S") then return true end
  return d.weekday and find(before, "^%s*%a+[,%s]*$") ~= nil
end
-- a breadcrumb trail ("Hong Kong / Law and Crime", "News » Politik")
local function breadcrumb(line)
  -- (each pattern needs its plain " / " or " > " first)
  return (find(line, " / ", 1, true) and find(line, "%S %/ %S"))
      or (find(line, " > ", 1, true) and find(line, "%S > %S"))
      or find(line, "\xC2\xBB", 1, true) or find(line, "\xE2\x80\xBA", 1, true)
end
-- a weather widget ("Kuching 31°C Cerah"): a temperature in a short line
local function weather(line)
  return find(line, "\xC2\xB0", 1, true) ~= nil and find(line, "%d ?\xC2\xB0") ~= nil
end
-- a menu bar without separators: capitalised words, most of them
-- section names ("Beranda Nasional Ekonomi Olahraga Opini Indeks")
local function section_menu(line, w)
  -- Every word must start with a capital or a UTF-8 byte, and `need`
  -- of the w words (W counts the same runs as "%S+") must be section
  -- names, which are lower-case ASCII words: only a word that starts
  -- with A-Z is looked up.  The walk stops at a word that starts
  -- otherwise, and as soon as the words left cannot make up the count
  -- (for a headline, after a few words): either way the answer is no.
  local need = 0.6 * w
  if need < 4 then need = 4 end
  -- Each section name among the words is a whole word the counter
  -- counts (a run of letters between spaces), unless it is one with
  -- another byte: without such a name in the line, a count under `need`
  -- settles it in one C call.
  if SECTION_COUNTER and not odd_section_names(line)
      and SECTION_COUNTER:count(line) < need then
    return false
  end
  local names, left = 0, w
  for word in string.gmatch(line, "%S+") do
    left = left - 1
    local c = byte(word, 1)
    if c >= 65 and c <= 90 and SECTION_NAMES[lower(word)] then
      names = names + 1
    elseif c < 128 and not (c >= 65 and c <= 90) then
      return false
    elseif names + left < need then
      return false
    end
  end
  return names >= need
end
-- a masthead's slogan with the day's date after a bar ("The Nation's
-- Daily | Monday, June 2, 2025"), or an aggregator's stamp ("2 jam lalu
-- \xC2\xB7 1,2 rb dibaca")
local function stamp_tail(line)
  -- (the tail needs a bar: a plain find before the pattern)
  local tail = find(line, "|", 1, true) and match(line, "|%s*([^|]-)%s*$")
  if tail and words_of(tail) <= 6 and date_first(tail) then return true end
  -- ("Contoh Post \xC2\xB7 Diunggah 03/10/2026 08:05": an aggregator's
  -- source and upload stamp, after a dot and a stamp label)
  local dot = find(line, " \xC2\xB7 ", 1, true) or find(line, " \xE2\x80\xA2 ", 1, true)
  if dot then
    local t = match(sub(line, dot + 1), "^%S+%s+(.-)%s*$")
    local label, rest = match(t or "", "^(%a+):?%s+(.+)$")
    if label and STAMP_LABELS[lower(label)] and words_of(rest) <= 5 and date_first(rest) then
      return true
    end
  end
  -- The relative times are anchored at the line's start: only a line
  -- whose first byte, lower-cased, can start one is lower-cased and
  -- tried (RELTIME_FIRST).
  if RELTIME_FIRST ~= true then
    local c = byte(line, 1)
    if not c then return false end
    if c >= 65 and c <= 90 then c = c + 32 end
    if not RELTIME_FIRST[c] then return false end
  end
  local low = lower(line)
  for x = 1, #RELTIME do
    if find(low, RELTIME[x]) then return true end
  end
  return false
end

function M.stage(doc)
  DL = {}
  local menus = tab_menus(doc)
  local text = adapt.clean_text(doc)      -- (the document: no copy of its text)
  local n = split_lines(text)
  local dmeta = doc.meta
  local explain = adapt.explain()

  local site_key, early_dl = early_site(dmeta, n)
  local site_rules = site_key and sites.load(site_key)

  -- corpus counts, when the prepass ran
  local counter, site_pages
  do
    local c = adapt.counter("news.lines")
    local pages = c:get((site_key or "?") .. "\0#pages")
    if pages and pages >= M.options.corpus_min_count then
      counter, site_pages = c, pages
    end
  end

  -- 1. classify every line ---------------------------------------------------
  local scanned = mark_hits(text, n)
  -- The page's arrays as locals from here on (the tables split_lines and
  -- mark_hits just filled): the loops below index them many times per line,
  -- and a local is read without first loading an upvalue.
  local S, W, CAPS, DIGITS, KIND, RULE, HIT = S, W, CAPS, DIGITS, KIND, RULE, HIT
  local LOW, FIRST, RUNS, ENDS, AGAIN, SHAPE = LOW, FIRST, RUNS, ENDS, AGAIN, SHAPE
  -- (and so are the tables and constants step 1 reads for every line)
  local PREFIX, MARK_RULE, MARK_FIRST, FAST_WORDS = PREFIX, MARK_RULE, MARK_FIRST, FAST_WORDS
  local SH_HASH, SH_SLASH, SH_PERIOD, SH_DOTDOT = SH_HASH, SH_SLASH, SH_PERIOD, SH_DOTDOT
  local SH_MARK, SH_LOWPAIR, SH_LOWER, SH_DIGIT = SH_MARK, SH_LOWPAIR, SH_LOWER, SH_DIGIT
  local nonempty = 0
  local fast_ok = scanned and not site_rules
  local memo_trig, memo_plain = memo_of(site_rules)
  local prev = 0              -- the last non-empty line
  local marked, nmarked = MARKED, 0
  -- (the lines of six to thirty words that step 1 leaves as prose or short
  -- lines, in page order: the bare-name caption rule below reads only
  -- those, as the rules between only remove lines)
  local bare, nbare = BARE, 0
  for i = 1, n do
    local line = S[i]
    if line == "" then
      KIND[i] = "E"; RULE[i] = nil
    else
      nonempty = nonempty + 1
      local w = W[i]
      local first = FIRST[i]
      local sh = SHAPE[i]
      local r = menus and menus[line] and "nav" or nil
      -- A long line without a trigger whose first word has no prefix rule
      -- (and that is no hashtag or symbols line): only a photo credit or a
      -- doubled caption can match it.
      if r then
        -- a tab-separated menu bar (tab_menus)
      elseif fast_ok and w > FAST_WORDS and not HIT[i] and sh & SH_HASH == 0
          and (first and (not PREFIX[first] or not prefix_rule(LOW[i], first, w))
               or not first and RUNS[i] > 0) then
        if w <= 60 and sh & SH_SLASH ~= 0 and has_credit(line) then
          r = "caption"                     -- photo credits "(JP/Name)"
        elseif w <= 34 and paren_credit(line) then
          r = "caption"                     -- "... road. (Outlet)"
        elseif AGAIN[i] and doubled(line, AGAIN[i]) then
          r = "caption"
        end
      else
        local maybe = HIT[i] or not scanned
        local mt = maybe and memo_trig or memo_plain
        r = mt[line]
        if r == nil then
          r = classify(line, LOW[i], w, site_rules, maybe,
                       first, RUNS[i] > 0, AGAIN[i], sh & SH_DIGIT ~= 0) or false
          mt[line] = r
          memo_n = memo_n + 1
        end
        r = r or nil
      end
      if not r and counter and w <= M.options.corpus_max_words then
        local cnt = counter:get(adapt.line_key((site_key or "?") .. "\0" .. line)) or 0
        if cnt >= M.options.corpus_min_count
            and cnt >= M.options.corpus_min_share * site_pages then
          r = "corpus-repeat"
        end
      end
      if r then
        KIND[i] = "B"; RULE[i] = r
      else
        RULE[i] = nil
        local ends, cr = false, 0
        if w <= 18 then
          ends = ENDS[i]
          cr = w >= 4 and cap_ratio(i, w) or 0
        end
        -- (the shape flags: ends_period, a final "..", ends_mark, and two
        -- lower-case words in a row, "%f[%w]%l%l+ %l%l+")
        if w > 18
            or (w >= 8 and ends and cr < 0.6)
            or (w >= 6 and sh & SH_PERIOD ~= 0 and sh & SH_DOTDOT == 0)
            or (w >= 12 and cr < 0.45)
            or (w >= 4 and ends and sh & SH_MARK ~= 0
                and cr < 0.5 and sh & SH_LOWPAIR ~= 0) then
          KIND[i] = "P"
        else
          KIND[i] = "S"
        end
        if w >= 6 and w <= 30 then
          nbare = nbare + 1
          bare[nbare] = i
        end
        -- a lower-case line right after a removed line continues it
        if prev > 0 and KIND[prev] == "B" and not ENDS[prev] and sh & SH_LOWER ~= 0 then
          remove(i, "continuation")
        end
      end
      if MARK_RULE[r] or MARK_FIRST[first] then
        nmarked = nmarked + 1
        marked[nmarked] = i
      end
      prev = i
    end
  end
  for x = #marked, nmarked + 1, -1 do marked[x] = nil end
  for x = #bare, nbare + 1, -1 do bare[x] = nil end

  -- a caption under its kicker ("PADAT - Ribuan wisatawan ...") with the
  -- photo credit alone on the next line ("TRIBUNJOGJA.COM/NAME"): a
  -- kicker looks like a dateline, the credit right under it tells them apart
  for x = 1, nmarked do
    local i = marked[x]
    if i > 1 and RULE[i] == "caption" and W[i] <= 6 and S[i - 1] ~= "" and KIND[i - 1] ~= "B"
        and W[i - 1] <= 60 then
      local prev_line = S[i - 1]
      if find(prev_line, "^%u%u+[%u ]* [%-\xE2][\x80]?[\x93\x94]? ")
          or find(prev_line, "^%u%u+[%u ]*: ") then
        remove(i - 1, "caption")
      elseif W[i] <= 4 and W[i - 1] <= 25 and CREDIT_FIRST[FIRST[i]] and find(LOW[i], "^%a+:")
          and not find(strip_end(prev_line), "[%.!?][\"'\xE2\x80\x9D]*%s") and not dateline_at(i - 1) then
        -- one sentence right above a bare credit ("Photo: Name"): the
        -- picture's caption
        remove(i - 1, "caption")
      end
    end
  end

  -- a reader poll's question: the question right above its options or
  -- buttons ("Bagaimana pendapat Anda ...?" over "Setuju (12)  Tidak (30)")
  for x = 1, nmarked do
    local i = marked[x]
    if RULE[i] == "poll" then
      local j = i - 1
      -- (past the options, "Setuju 78%", "Tidak pasti 8%": short lines
      -- that end in a figure)
      local opts = 0
      while j > 1 and opts <= 6 and (KIND[j] == "E" or ((KIND[j] == "S" or RULE[j] == "poll")
          and W[j] <= 5 and find(S[j], "%d%%?%)?%s*$"))) do
        if KIND[j] ~= "E" then
          opts = opts + 1
          if KIND[j] ~= "B" then remove(j, "poll") end
        end
        j = j - 1
      end
      if j >= 1 and (KIND[j] == "P" or KIND[j] == "S") and W[j] <= 25
          and find(strip_end(S[j]) .. sub(S[j], -1), "%?$") then
        remove(j, "poll")
        -- and the poll's label over the question ("Undian", "Poll")
        local h = j - 1
        while h > 1 and KIND[h] == "E" do h = h - 1 end
        if h >= 1 and KIND[h] == "S" and POLL_LABELS[strip_end(LOW[h])] then remove(h, "poll") end
      end
    end
  end

  -- a caption that ends in its photographer's bare name ("Workers load
  -- rice at a mill. Dewi Lestari"): one sentence, then two or three
  -- capitalised words and no final mark; prose never ends so
  for x = 1, nbare do
    local i = bare[x]
    if (KIND[i] == "P" or KIND[i] == "S") and W[i] >= 6 and W[i] <= 30 then
      local stop = name_tail(S[i])
      if stop then
        local text = sub(S[i], 1, stop)
        if text and not find(text, "[%.!?][\"'\xE2\x80\x9D]*%s") and not find(text, "[\"\xE2]") then
          remove(i, "caption")
        end
      end
    end
  end

  -- an author's bio under its heading; the line under an embed or a quote
  -- card that credits it ("\xE2\x80\x94
  -- Name, Title"), and the text of an ad under its label: the ad's label
  -- and the next label close it, or the text ends in a call to action
  -- ("..., Pesan Sekarang") instead of a sentence
  for x = 1, nmarked do
    local i = marked[x]
    local r = RULE[i]
    if KIND[i] == "B" and r == "author-box" then
      -- the bio under an author box's heading: up to three lines, to the
      -- next blank line
      local j, took = i + 1, 0
      while j <= n and KIND[j] == "E" do j = j + 1 end
      while j <= n and took < 3 and (KIND[j] == "P" or KIND[j] == "S") and W[j] <= 80 do
        remove(j, "author-box")
        took = took + 1
        j = j + 1
      end
    elseif KIND[i] == "B" and r == "share" and FOLLOW_BUTTONS[LOW[i]] then
      -- a writer's profile: the name, a bio line, then the follow button
      -- (the bio is no standfirst)
      local b = i - 1
      while b > 1 and KIND[b] == "E" do b = b - 1 end
      local a = b - 1
      while a > 1 and KIND[a] == "E" do a = a - 1 end
      if b > 1 and (KIND[b] == "P" or KIND[b] == "S") and W[b] <= 40
          and KIND[a] ~= "E" and W[a] >= 2 and W[a] <= 5 and not ENDS[a]
          and not find(S[a], "%f[%w]%l") then
        remove(b, "author-bio")
      end
    elseif KIND[i] == "B" and r == "stock-quote" then
      -- the quote box around a price change: its block of short lines
      -- (ticker, price, volume, update time) between blank lines, up to
      -- four lines each way
      for step = -1, 1, 2 do
        local j = i + step
        while j >= 1 and j <= n and KIND[j] ~= "E" and W[j] <= 4 and (j - i) * step <= 4 do
          if KIND[j] ~= "B" then remove(j, "stock-quote") end
          j = j + step
        end
      end
    elseif KIND[i] == "B" and (r == "quote-box" or r == "facts-box" or r == "jobs-box") then
      -- a box beside the story under its label: its lines to the next
      -- blank line, up to three, when a blank line closes them (on a page
      -- without blank lines the story may go on right under the label)
      local j = i + 1
      while j <= n and KIND[j] ~= "E" and j - i <= 3 do j = j + 1 end
      if j > n or KIND[j] == "E" then
        for y = i + 1, j - 1 do
          if (KIND[y] == "P" or KIND[y] == "S") and W[y] <= 40 then remove(y, r) end
        end
      end
    elseif KIND[i] == "B" and r == "chart" then
      -- a chart's title, glued above or below its link to the data
      -- ("Exports by year, 2015-2025" over "Download the data")
      for step = -1, 1, 2 do
        local j = i + step
        if j >= 1 and j <= n and KIND[j] == "S" and W[j] <= 12 and not ENDS[j] then
          remove(j, "chart")
        end
      end
    elseif KIND[i] == "B" and r == "summary-box" then
      -- the summary under its label: the lines to the next blank line, up
      -- to three; on a page without blank lines only the first
      local j = i + 1
      while j <= n and KIND[j] == "E" do j = j + 1 end
      local first, k = j, j
      while k <= n and (KIND[k] == "P" or KIND[k] == "S") and k - first < 4 do k = k + 1 end
      local last = (k > n or KIND[k] == "E") and k - 1 or first
      if k - first >= 4 then last = first end
      if last == first and k > first + 1 then
        -- (no blank line closes it: the one-sentence lines after the
        -- first, up to three in all, of at most 18 words and without a
        -- dateline, are its points too; a lead paragraph runs longer or
        -- opens with its dateline)
        local y = first + 1
        while y <= n and y - first < 3 and (KIND[y] == "P" or KIND[y] == "S") and W[y] <= 18
            and ENDS[y] and not dateline_at(y) do
          last = y
          y = y + 1
        end
      end
      for y = first, math.min(last, n) do
        if KIND[y] == "P" or KIND[y] == "S" then remove(y, "summary-box") end
      end
    elseif KIND[i] == "B" and (r == "embed" or r == "pullquote" or r == "ad") then
      local j = i + 1
      while j <= n and KIND[j] == "E" do j = j + 1 end
      if r == "embed" and W[i] <= 15 and find(S[i], "%(@[%w_]+%)") then
        -- an embedded post's attribution ("\xE2\x80\x94 Name (@handle)
        -- date"): the post's text above it, when it reads as a post (a
        -- hashtag, a handle or a link in it)
        local t = i - 1
        while t >= 1 and KIND[t] == "E" do t = t - 1 end
        if t >= 1 and (KIND[t] == "P" or KIND[t] == "S") and W[t] <= 60
            and (find(S[t], "#%w") or find(S[t], "@[%w_]") or find(S[t], "https?://")) then
          remove(t, "embed")
        end
      end
      if j <= n and (KIND[j] == "P" or KIND[j] == "S") and r == "embed" and W[i] <= 6 and W[j] <= 80
          and find(S[i], "\xC2\xB7[%s\128-\255]*$") then
        -- the text of a social post under its header ("3 jam \xC2\xB7"),
        -- and the poster's name above it
        remove(j, "embed")
        local t = i - 1
        while t >= 1 and KIND[t] == "E" do t = t - 1 end
        if t >= 1 and (KIND[t] == "S" or KIND[t] == "P") and W[t] <= 5 and not ENDS[t] then
          remove(t, "embed")
        end
      elseif j <= n and (KIND[j] == "P" or KIND[j] == "S") then
        if r == "embed" and W[j] <= 60 then
          -- a post between the embed's header ("Postingan dari @name")
          -- and its attribution line
          local k = j + 1
          while k <= n and KIND[k] == "E" do k = k + 1 end
          if k <= n and KIND[k] == "B" and RULE[k] == "embed" then remove(j, "embed") end
        end
        if r ~= "ad" then
          if W[j] <= 15 and find(S[j], "^[%-\xE2][\x80]?[\x93\x94]?%s") then remove(j, r) end
        elseif W[i] <= 4 and W[j] <= 25 and (not ENDS[j] or ad_offer(LOW[j])) then
          local k = j + 1
          while k <= n and KIND[k] == "E" do k = k + 1 end
          local ad = k <= n and KIND[k] == "B" and RULE[k] == "ad" or ad_offer(LOW[j])
          if not ad then
            local t = strip_end(LOW[j])
            for c = 1, #AD_CALLS do
              local call = AD_CALLS[c]
              if sub(t, -#call) == call and (#t == #call or byte(t, -#call - 1) == 32) then
                ad = true
                break
              end
            end
          end
          if ad then remove(j, "ad") end
        end
      end
    end
  end

  -- 2. title -------------------------------------------------------------------
  local title_i
  local given_title = type(dmeta.title) == "string" and dmeta.title ~= ""
      and dmeta.title or nil
  if given_title then
    local gk = norm_key(given_title)
    for i = 1, math.min(n, 60) do
      if KIND[i] == "S" or KIND[i] == "P" then
        if norm_key(S[i]) == gk then title_i = i; break end
      end
    end
  else
    -- the first headline-shaped line: four to thirty words, no final
    -- period, no domain (a site banner), not a dateline paragraph; a
    -- three-word line only when nothing else qualifies
    local short_i
    -- the domains the page shows, to tell the outlet's masthead from a
    -- headline (collected when a short candidate needs them)
    local domains
    local function masthead(line)
      if not domains then
        domains = {}
        for j = 1, n do
          local d = S[j] ~= "" and meta.find_domain(S[j])
          if d then domains[#domains + 1] = d end
        end
      end
      for x = 1, #domains do
        if meta.is_masthead(line, domains[x]) then return true end
      end
      return false
    end
    -- a masthead's slogan or section name: a line right above the site's
    -- menu of sections (a bar of four items or more, most of them not share
    -- buttons), at the top of the page; headlines come under the menu
    local function above_menu(i)
      local seen = 0
      for j = i + 1, n do
        if KIND[j] ~= "E" then
          if KIND[j] == "B" and RULE[j] == "nav" then
            local items, shares = 0, 0
            for item in string.gmatch(LOW[j], "[^|]+") do
              items = items + 1
              if EXACT[match(item, "^%s*(.-)%s*$")] == "share" then shares = shares + 1 end
            end
            return items >= 4 and 2 * shares < items
          end
          seen = seen + 1
          if seen >= 2 then return false end
        end
      end
      return false
    end
    local nonempty_seen = 0
    -- every headline-shaped line above the first long paragraph, and that
    -- paragraph (the lead), for the check after the loop
    local cands, lead_i = {}, nil
    for i = 1, n do
      local k = KIND[i]
      if k ~= "E" then nonempty_seen = nonempty_seen + 1 end
      if k == "P" or k == "S" then
        local w, line = W[i], S[i]
        if w >= 3 and w <= 30 and not ends_dot(line)
            and not meta.find_domain(line)
            and not (k == "P" and dateline_at(i))
            and not (w <= 6 and masthead(line))
            and not (w <= 8 and breadcrumb(line))
            and not (w <= 4 and find(line, " | ", 1, true))
            and not (w <= 6 and weather(line))
            and not (w <= 12 and date_first(line))
            and not (nonempty_seen <= 3 and w <= 8 and above_menu(i))
            and not (w <= 16 and section_menu(line, w))
            and not (w <= 12 and stamp_tail(line))
            and not (w <= 12 and fields.source_stamp(line)) then
          if w >= 4 then
            title_i = title_i or i
            cands[#cands + 1] = i
          else
            short_i = short_i or i
          end
        end
        -- the lead: a dateline paragraph or the first long paragraph or
        -- long sentence
        if k == "P" and not lead_i and (w > 30 or (w >= 20 and ENDS[i])
            or (w >= 12 and dateline_at(i))) then
          lead_i = i
        end
        if k == "P" and w > 30 then break end
      end
    end
    -- A bar above the headline (a menu of sections, a strip of tabs, a
    -- weather or prayer-time widget, a slogan) passes the tests above as
    -- soon as its shape is new.  A headline tells the story the lead tells:
    -- when the first candidate shares next to none of its content words
    -- with the lead and a later one above the lead clearly does, the later
    -- one is the headline.
    if lead_i and #cands >= 2 then
      local lead = S[lead_i]
      for j = lead_i + 1, math.min(n, lead_i + 8) do
        if KIND[j] == "P" and W[j] > 12 then lead = lead .. " " .. S[j]; break end
      end
      local lw = M.content_words(lead)
      local shared, total = M.lead_overlap(S[cands[1]], lw)
      if shared <= 1 or shared < 0.25 * total then
        -- (the first that does, not the one that shares most: a standfirst
        -- under the headline shares as much)
        for x = 2, #cands do
          if cands[x] > lead_i then break end
          local sh, tot = M.lead_overlap(S[cands[x]], lw)
          if sh >= shared + 2 and sh / tot >= 0.3 and sh / tot > shared / total then
            title_i = cands[x]; break
          end
        end
      end
    end
    title_i = title_i or short_i
  end
  local title = given_title or (title_i and S[title_i]) or nil
  if title_i then remove(title_i, "title") end
  if title then
    local tk = norm_key(title)
    local tl = #title
    for i = (title_i or 0) + 1, n do
      local k = KIND[i]
      if k == "S" or k == "P" then
        local len = #S[i]
        if len <= tl + 8 and len >= tl - 8 and norm_key(S[i]) == tk then
          remove(i, "title-repeat")
        end
      end
    end
  end

  -- 3. duplicates: captions printed twice, repeated paragraphs ---------------
  -- A prose or short line repeating an earlier one word for word goes; when
  -- the first copy is the line just before (blank lines aside) and the line
  -- has no sentence end, it is a caption printed twice: both copies go.
  -- (adapt.repeats; removing a line here changes no later line's answer)
  local nrep, reps = repeats(S, KIND, n, REPEATS)
  local toc = nrep >= 2 and toc_firsts(reps, nrep, n) or nil
  for x = 1, 3 * nrep, 3 do
    local i, j, adjacent = reps[x], reps[x + 1], reps[x + 2]
    if toc and toc[j] then
      remove(j, "toc")
    else
      if adjacent and not ENDS[i] then remove(j, "caption-twice") end
      remove(i, "duplicate")
    end
  end

  -- a caption line with its credit next to the same text without it
  -- ("Text. (Photo: X)" then "Text."): both copies go
  for x = 1, nmarked do
    local i = marked[x]
    if KIND[i] == "B" and RULE[i] == "caption" and W[i] <= 40 then
      local ck = norm_key(S[i])
      for _, step in ipairs({-1, 1}) do
        local j = i + step
        while j >= 1 and j <= n and KIND[j] == "E" do j = j + step end
        if j >= 1 and j <= n and (KIND[j] == "P" or KIND[j] == "S") then
          local jk = norm_key(S[j])
          if #jk >= 20 and #jk < #ck and sub(ck, 1, #jk) == jk then
            remove(j, "caption-twice")
          end
        end
      end
    end
  end

  -- 4. teasers and pull-quotes: a line whose head (first five words) is a
  --    sentence head of a longer line elsewhere in the page.  The heads of
  --    the first prose lines start after their dateline.
  local init = {}
  local np_seen = 0
  for i = 1, n do
    if KIND[i] == "P" then
      np_seen = np_seen + 1
      if np_seen > 4 then break end
      local dl = W[i] >= 8 and dateline_at(i)
      if dl then init[i] = dl.stop + 1 end
    end
  end
  local m, pairs_ = teasers(S, KIND, n, init, 5, TEASERS)
  for x = 1, 2 * m, 2 do
    local i, j = pairs_[x], pairs_[x + 1]
    if #S[j] > #S[i] + 10 then
      -- the tail of the shorter line must also occur in the longer one
      local t = strip_end(S[i])
      local tail = gsub(sub(t, -14), "^[\128-\191]+", "")
      if #tail < 6 or find(S[j], tail, 1, true) then remove(i, "repeat") end
    end
  end
  -- a pull-quote that repeats the middle of a nearby paragraph ("We want to
  -- show that when you ...": the card prints only "When you ..."): a quoted
  -- line whose words, quotes and final mark aside, stand whole inside a
  -- longer prose line at most four lines away
  for i = 1, n do
    local k = KIND[i]
    if (k == "P" or k == "S") and W[i] >= 6 and W[i] <= 40 then
      local c = byte(S[i], 1)
      if c == 34 or (c == 0xE2 and byte(S[i], 2) == 0x80) then
        local inner = match(lower(strip_end(S[i])), "^[\"\xE2\x80\x9C\x98]*(.-)$")
        if #inner >= 30 then
          for j = math.max(1, i - 4), math.min(n, i + 4) do
            if j ~= i and KIND[j] == "P" and #S[j] > #S[i] + 10
                and find(lower(S[j]), inner, 1, true) then
              remove(i, "pullquote")
              break
            end
          end
        end
      end
    end
  end
  -- a live blog (three entry stamps or more, the first with at most two
  -- paragraphs above it): the prose between the headline and the first
  -- entry is its summary standfirst, unless a pinned label heads it (then
  -- it is a pinned entry).  A standfirst is one sentence without a
  -- dateline: a paragraph opening with a dateline starts the story (and
  -- so does all prose above the first entry), and a paragraph of several
  -- sentences, or of one sentence longer than a summary line runs (more
  -- than 28 words), is a lead, not a summary line.
  do
    local first_t, nt = nil, 0
    for x = 1, nmarked do
      local i = marked[x]
      if RULE[i] == "entry-time" then
        nt = nt + 1
        first_t = first_t or i
      end
    end
    if nt >= 3 then
      local above = 0
      for i = (title_i or 0) + 1, first_t - 1 do
        if KIND[i] == "P" then above = above + 1 end
      end
      local lead = false
      for i = (title_i or 0) + 1, first_t - 1 do
        if KIND[i] == "P" and W[i] >= 8 and dateline_at(i) then lead = true end
      end
      if above <= 2 and not lead then
        local pinned = false
        for i = (title_i or 0) + 1, first_t - 1 do
          if KIND[i] == "B" and RULE[i] == "pinned" then
            pinned = true
          elseif KIND[i] == "P" and not pinned and W[i] <= 28
              and not find(strip_end(S[i]), "[%.!?][\"'\xE2\x80\x9D]?%s+[%u\"'\xE2]") then
            remove(i, "standfirst")
          end
        end
      end
    end
  end
  local total_p = 0        -- the words of the prose lines left (step 5)
  for i = 1, n do
    if KIND[i] == "P" then total_p = total_p + W[i] end
  end

  -- 5. where the body starts -------------------------------------------------
  local body_start, dl_info
  do
    local seen_p = 0
    np_seen = 0
    for i = (title_i or 0) + 1, n do
      if KIND[i] == "P" then
        local dl = dateline_at(i)
        if dl then body_start, dl_info = i, dl; break end
        seen_p = seen_p + W[i]
        np_seen = np_seen + 1
        if seen_p > 0.5 * total_p or np_seen > 8 then break end
      end
    end
  end
  if not body_start then
    for i = (title_i or 0) + 1, n do
      if KIND[i] == "P" then body_start = i; break end
    end
  end
  -- a standfirst: an unpunctuated summary line under the headline that the
  -- byline or the date stamp follows, before the story's first paragraph
  -- (a punctuated one only when a byline follows it: a date line alone
  -- may sit between a story's paragraphs)
  if body_start and not dl_info then
    local unpunctuated = not ends_sentence(S[body_start])
    local j = body_start + 1
    local stamp, dated, entries = false, false, 0
    while j <= n and KIND[j] ~= "P" do
      if KIND[j] == "B" and (RULE[j] == "byline" or (unpunctuated and RULE[j] == "date")) then
        stamp = true
      end
      if KIND[j] == "B" and RULE[j] == "date" then dated = true end
      if KIND[j] == "B" and RULE[j] == "entry-time" then entries = entries + 1 end
      j = j + 1
    end
    -- (a live blog: its summary sits over the stamp and the first entry's
    -- time, and tells what the entries below it tell, in other words)
    local live = false
    if dated and not stamp and entries > 0 then
      for k = j, math.min(n, j + 200) do
        if KIND[k] == "B" and RULE[k] == "entry-time" then entries = entries + 1 end
        if entries >= 3 then live = true; break end
      end
    end
    -- a punctuated summary also needs to sum up the paragraph under the
    -- byline: most (two thirds) of its longer words come again there (a
    -- lead paragraph printed above the byline tells something else; a
    -- summary rewords a few)
    if live then
      stamp = true
    elseif stamp and not unpunctuated and j <= n then
      local in_j = {}
      for word in string.gmatch(LOW[j], "%a+") do in_j[word] = true end
      local words, again = 0, 0
      for word in string.gmatch(LOW[body_start], "%a%a%a%a%a+") do
        words = words + 1
        if in_j[word] then again = again + 1 end
      end
      stamp = words > 0 and 3 * again >= 2 * words
      -- (or it rewords the story as a standfirst does: one sentence of
      -- at most 25 words right under the headline, over a byline, and
      -- shorter than the paragraph that opens the story under it)
      if not stamp and title_i then
        local t = title_i + 1
        while t < body_start and KIND[t] == "E" do t = t + 1 end
        stamp = t == body_start and W[body_start] <= 25 and W[j] > W[body_start]
            and not find(sub(strip_end(S[body_start]), 1, -2), "[%.!?][\"'\xE2\x80\x9D]?%s+[%u\"'\xE2]")
      end
    end
    if stamp and j <= n then
      remove(body_start, "standfirst")
      body_start = j
    end
  end
  if not body_start then
    -- no prose after the title: take any prose at all
    for i = 1, n do
      if KIND[i] == "P" then body_start = i; break end
    end
  end

  -- a live blog whose first entry opens the story: that entry's heading,
  -- between its time stamp and the entry's first paragraph, starts the body
  if body_start then
    local h = body_start - 1
    while h > 1 and KIND[h] == "E" do h = h - 1 end
    if h > 1 and KIND[h] == "S" and W[h] <= 15 then
      local e = h - 1
      while e > 1 and KIND[e] == "E" do e = e - 1 end
      if KIND[e] == "B" and RULE[e] == "entry-time" then body_start = h end
    end
  end

  -- 6. where the body ends ---------------------------------------------------
  local body_end
  for i = n, (body_start or n + 1), -1 do
    if KIND[i] == "P" then body_end = i; break end
  end
  -- The words of the prose lines from body_start to body_end: with the
  -- words before a line, those after it come for free.  Counted when an end
  -- tag or end matter first asks.
  local function prose_words()
    local total = 0
    for i = body_start, body_end do
      if KIND[i] == "P" then total = total + W[i] end
    end
    return total
  end
  if body_start and body_end then
    -- a wire service's end tag ("-- BERNAMA", "(ANTARA)", "... said. --
    -- Reuters") closes the story: the tag is not body, and prose after it
    -- (related stories, promotions) goes when it is less than the story
    local before, total = 0, nil
    for i = body_start, body_end do
      local k = KIND[i]
      local tagpos
      if k == "P" then
        before = before + W[i]
        -- (a line ending in a sentence mark has no tag: wire_tag needs a
        -- final ")" or letter; SHAPE is of the line as split, which is
        -- still S[i] here)
        tagpos = SHAPE[i] & SH_MARK == 0 and wire_tag(S[i]) or nil
        if tagpos and tagpos > 1 then
          local kept = gsub(sub(S[i], 1, tagpos - 1), "%s+$", "")
          S[i] = kept
          LOW[i], ENDS[i] = low_of(kept), ends_sentence(kept)
        end
      elseif k == "B" and RULE[i] == "endtag" then
        tagpos = wire_tag(S[i])
      end
      if tagpos and before > 0 and i < body_end then
        total = total or prose_words()
        local after = total - before      -- the prose words after line i
        if after < before then
          for j = body_end, i + 1, -1 do
            if KIND[j] == "P" then remove(j, "after-end") end
          end
          body_end = nil
          for j = i, body_start, -1 do
            if KIND[j] == "P" then body_end = j; break end
          end
          break
        end
      end
    end
  end
  -- A widget mid-article (a related-video box, a prompt) looks like end
  -- matter; it is not when prose follows it and then a line that closes a
  -- story (a byline, end tag or source) before the body's end.
  local function closed_later(i)
    local prose, entry = false, false
    for j = i + 1, math.min(n, (body_end or n) + 3) do
      local k = KIND[j]
      if k == "P" then
        -- (a live blog's next entry: a time stamp, then its text)
        if entry then return true end
        prose = true
      elseif k == "B" then
        local r = RULE[j]
        if r == "entry-time" then
          entry = true
        elseif prose and (r == "byline" or r == "endtag" or r == "source") then
          return true
        end
      end
    end
    return false
  end
  if body_start and body_end then
    -- end matter: a byline, end tag, source or copyright line after some
    -- prose; cut there when the prose after it is small.
    local before, total = 0, nil
    for i = body_start, body_end do
      local k = KIND[i]
      if k == "P" then
        before = before + W[i]
      elseif k == "B" and before > 0 then
        local r = RULE[i]
        if (r == "byline" or r == "endtag" or r == "source"
            or r == "copyright" or r == "related-heading" or r == "prompt"
            or r == "share" or r == "disclaimer" or r == "author-box" or r == "tags"
            or r == "quiz"
            -- (a comment counter over the readers' comments)
            or (r == "counter" and (find(LOW[i], "komen", 1, true) or find(LOW[i], "comment", 1, true)))) then
          total = total or prose_words()
          local after = total - before    -- the prose words after line i
          -- (readers' comments may run long, but never as long as the story)
          local share = r == "counter" and 1 or 0.25
          if after < share * before and not (WEAK_END[r] and closed_later(i)) then
            for j = body_end, i, -1 do
              if KIND[j] == "P" then
                -- prose below the end matter: promotion, notices
                remove(j, "after-end")
              end
            end
            body_end = nil
            for j = i - 1, body_start, -1 do
              if KIND[j] == "P" then body_end = j; break end
            end
            break
          end
        end
      end
    end
  end

  -- the writers' bios closing the story: from the body's end up, prose
  -- lines that open with the name of a writer the header credits (or with
  -- "the writer") and a verb of being
  if body_start and body_end then
    local i = body_end
    while i > body_start do
      if KIND[i] == "P" then
        local name = W[i] <= 60 and bio_name(S[i])
        if not name then break end
        if name ~= true then
          local low_name, seen = lower(name), false
          for h = 1, body_start - 1 do
            if KIND[h] == "B" and find(LOW[h], low_name, 1, true) then seen = true; break end
          end
          if not seen then break end
        end
        remove(i, "author-bio")
      end
      i = i - 1
    end
    while body_end > body_start and KIND[body_end] ~= "P" do body_end = body_end - 1 end
  end

  -- a short list closing the article just above its end tag or byline
  -- ("Jadwal:" then pairings, then "(tim/dna)") belongs to the body
  local tail_keep = {}
  if body_end then
    local j, seen_s = body_end + 1, 0
    while j <= n and seen_s <= 8 do
      local k = KIND[j]
      if k == "S" then
        if W[j] > 12 then break end
        seen_s = seen_s + 1
      elseif k == "B" then
        local r = RULE[j]
        if r == "endtag" or r == "byline" then
          if seen_s > 0 then
            for x = body_end + 1, j - 1 do
              if KIND[x] == "S" then tail_keep[x] = true end
            end
            body_end = j - 1
          end
          break
        elseif r ~= "ad" then
          break
        end
      elseif k == "P" then
        break
      end
      j = j + 1
    end
  end

  -- the items of a related list: the short lines right under a "Baca
  -- Juga" / "Related" heading, up to the first blank line, are links (so a
  -- subheading after the list still sees the prose before the list)
  for x = 1, nmarked do
    local i = marked[x]
    local r = RULE[i]
    -- (or a link label closed by a colon: "Read more:", "Related story:")
    if KIND[i] == "B" and (r == "related-heading" or (r == "related-link" or r == "share")
        and W[i] <= 3 and LINK_HEAD[FIRST[i]] and byte(S[i], last_non_space(S[i])) == 58) then
      local j = i + 1
      -- (a headline of twelve words or more reads as prose: "P" without
      -- a sentence end)
      while j <= n and (KIND[j] == "S" or KIND[j] == "P" and not ENDS[j]) and W[j] <= 20
          and not ends_period(S[j]) do
        -- on a page without blank lines, a short line right above prose
        -- after the links is the next subheading ("Negara tujuan utama")
        if j > i + 1 and W[j] <= 5 and KIND[j + 1] == "P" then break end
        remove(j, "related-link")
        j = j + 1
      end
    end
  end

  -- a promotion framed by skip links ("skip past newsletter promotion" ...
  -- "after newsletter promotion"): everything between them goes
  for x = 1, nmarked do
    local i = marked[x]
    if KIND[i] == "B" and RULE[i] == "prompt" and find(LOW[i], "^skip past ") then
      local j = i + 1
      while j <= n and j <= i + 8 and not (KIND[j] == "B" and find(LOW[j], "^after ")) do j = j + 1 end
      if j <= n and j <= i + 8 then
        for x = i + 1, j - 1 do
          if KIND[x] == "P" or KIND[x] == "S" then remove(x, "prompt") end
        end
      end
    end
  end

  -- 7. decide short lines; drop all outside the body ------------------------
  -- The nearest prose, short or boilerplate line from i in one direction;
  -- links, ads, captions, copies, share widgets and prompts are looked past.
  -- (near gives the kind and the index of that line: "P"/"S" and its
  -- index, "B" and the index of the boilerplate line that blocks the way,
  -- or nil past the page's end)
  local function near(i, step)
    local stop = step < 0 and 1 or n
    for j = i + step, stop, step do
      local k = KIND[j]
      if k == "P" or k == "S" then return k, j end
      if k == "B" and not LOOK_PAST[RULE[j]] then return "B", j end
    end
    return nil
  end
  local function ctx(i, step) return (near(i, step)) end
  local function prev_ctx(i) return ctx(i, -1) end
  local function next_ctx(i) return ctx(i, 1) end

  -- a list item of figures: "Johor: 120 tonnes", "Kota A: Rp 5 juta"
  local function figure_item(i)
    local line = S[i]
    if W[i] > 10 then return false end
    local label, rest = match(line, "^([^:]+):%s*(.-)$")
    -- (a label may open with a lower-case article before a name: "the
    -- Netherlands: 18,930 tonnes")
    if not label or words_of(label) > 5
        or not (find(label, "^[%u\128-\255]") or find(label, "^%l%l?%l? +%u")) then
      return false
    end
    -- the colon of a clock ("AK520 Kuala Lumpur 13:05 On time": a row of
    -- a departures board) makes no label
    if find(label, "%d$") and find(line, "^[^:]+:%d") then return false end
    -- a figure first ("Rp 5 juta", "$3.2m") or last ("Name 38'", "Name
    -- 52', 77'": scorers and minutes, results)
    return find(rest, "^[%a%$\128-\255]*%.?%s?%d") ~= nil
        or find(rest, "%d['\"%%]?$") ~= nil
  end
  -- an unmarked list item that ends in a semicolon ("Amerika Serikat
  -- dengan pangsa 41 persen;") under a line that opens the list (":") or
  -- next to another such item; and the last item, ending in a full stop
  -- after one that ends in a semicolon
  local function semi_item(i)
    local last = byte(S[i], last_non_space(S[i]))
    if last ~= 59 and not (last == 46 and W[i] <= 12) then return false end
    local p = i - 1
    while p >= 1 and KIND[p] == "E" do p = p - 1 end
    local q = i + 1
    while q <= n and KIND[q] == "E" do q = q + 1 end
    local pe = p >= 1 and byte(S[p], last_non_space(S[p]))
    local qe = q <= n and byte(S[q], last_non_space(S[q]))
    if last == 46 then return pe == 59 end
    return pe == 58 or pe == 59 or qe == 59
  end
  local function next_item(i)
    for j = i + 1, n do
      local k = KIND[j]
      if k == "S" then
        return find(S[j], "^[%-%*\xE2\x80\xA2\xC2\xB7]") or find(S[j], "^%d+[%.%)] ")
            or figure_item(j) or semi_item(j)
      elseif k == "P" then
        -- (an item long enough to read as prose: "- a caddy with a lid;")
        return find(S[j], "^[%-%*\xE2\x80\xA2\xC2\xB7] ") or find(S[j], "^%d+[%.%)] ")
      elseif k == "B" and LOOK_PAST[RULE[j]] then
        -- (an ad label between the head and its list)
      elseif k ~= "E" then
        return false
      end
    end
    return false
  end

  -- the line opening a list: "Tiga tuntutan mereka:" or a short
  -- unpunctuated line right above the items
  local function list_head(i)
    return KIND[i] == "S" and W[i] <= 10 and (byte(S[i], -1) == 58 or not ENDS[i]) and next_item(i)
  end
  -- whether the boilerplate line that blocks the way up from i is a box
  -- in the middle of the story: prose above it, and no related link
  local function box_between_prose(i)
    -- the line just above is a box's (a prompt, a share bar, an ad, a
    -- hotline bar); a line dropped as short there may be a related
    -- link's title, a stamp or an embed no box
    local b = i - 1
    while b > 1 and KIND[b] == "E" do b = b - 1 end
    if KIND[b] ~= "B" or not BOX_RULES[RULE[b]] then return false end
    -- (a box may take several lines: a newsletter sign-up's name, its
    -- offers, its button and its small print; up to ten)
    local top = b
    while top > 1 and b - top < 10 and (KIND[top] == "B" or KIND[top] == "E") do
      local r = RULE[top]
      if r == "related-link" or r == "related-heading" or r == "title"
          or r == "date" or r == "timestamp" or r == "embed" or r == "entry-time" then
        return false
      end
      top = top - 1
    end
    return KIND[top] == "P"
  end
  -- the nearest prose or short line from i in one direction, as ctx, but
  -- its index
  local function ctx_at(i, step)
    local k, j = near(i, step)
    if k == "P" or k == "S" then return j end
    return nil
  end

  local header_lines = {}
  for i = 1, n do
    local k = KIND[i]
    if k == "P" or k == "S" then
      if not body_start or i < body_start then
        header_lines[#header_lines + 1] = i
        remove(i, "header")
      elseif not body_end or i > body_end then
        remove(i, k == "P" and "after-end" or "footer")
      elseif k == "S" then
        local line = S[i]
        local list_item = find(line, "^[%-%*\xE2\x80\xA2\xC2\xB7]") or find(line, "^%d+[%.%)] ")
            or figure_item(i) or semi_item(i)
        if list_item or tail_keep[i] then
          -- list items stay inside the body
        elseif W[i] > 15 or find(line, "%?%s*$") and W[i] > 10 then
          remove(i, "headline-like")
        else
          local p, q = prev_ctx(i), next_ctx(i)
          if q == "P" and p == "S" then
            -- after a list that stays in the body, as after prose
            local j = i - 1
            while j > 1 and (KIND[j] == "E" or KIND[j] == "B" and LOOK_PAST[RULE[j]]) do j = j - 1 end
            if KIND[j] == "S" and (find(S[j], "^[%-%*\xE2\x80\xA2\xC2\xB7]")
                or find(S[j], "^%d+[%.%)] ") or figure_item(j)) then
              p = "P"
            end
          end
          local e = i - 1
          while e > 1 and KIND[e] == "E" do e = e - 1 end
          if p == "P" and q == "P" then
            -- a subheading between paragraphs
          elseif p == "B" and q == "P" and W[i] <= 8 and not ENDS[i] and DIGITS[i] == 0
              and find(line, "%s%l") and box_between_prose(i) then
            -- a subheading in sentence case under a box that sits between
            -- paragraphs (a hotline or an ad widget above "Laluan utama
            -- ditutup"); a related link's title is left to the rules above
          elseif q == "P" and KIND[e] == "B" and RULE[e] == "entry-time" then
            -- a live-blog entry's heading, under its time stamp
          elseif p == "P" and q ~= "B" and W[i] <= 8 and CAPS[i] > 0
              and not find(line, "%l") then
            -- an all-capital subheading ("WHAT'S NEXT") after prose
          elseif p == "P" and W[i] <= 10 and (byte(line, -1) == 58 or not ENDS[i])
              and next_item(i) then
            -- "Harga tertinggi:" opening a list of figures, or a
            -- subheading over a numbered list
          elseif p == "P" and q == "S" and W[i] <= 8 and not ENDS[i]
              and byte(line, -1) ~= 58 and list_head(ctx_at(i, 1)) then
            -- a subheading over the line that opens a list ("Tuntutan
            -- penduduk", then "Mereka mengemukakan tiga tuntutan:")
          elseif p == "S" and W[i] <= 10 and byte(line, -1) == 58 and next_item(i)
              and not ENDS[ctx_at(i, -1)] and prev_ctx(ctx_at(i, -1)) == "P"
              and W[ctx_at(i, -1)] <= 8 then
            -- that list's opening line, under the subheading
          else
            remove(i, "short")
          end
        end
      end
    end
  end

  -- 8. fields -----------------------------------------------------------------
  fields.extract(doc, {
    S = S, LOW = LOW, W = W, DIGITS = DIGITS, FIRST = FIRST, KIND = KIND, RULE = RULE, n = n,
    title = title, title_i = title_i, body_start = body_start,
    body_end = body_end, dateline = dl_info or early_dl,
    site_key = site_key, header_lines = header_lines,
    marked = marked, nmarked = nmarked,
  })

  -- 9. output -------------------------------------------------------------------
  -- the kept lines (prose and short); every other non-empty line was
  -- removed (B)
  local body, kept = join(S, KIND, n, "PS")
  local dropped = nonempty - kept
  local removed
  if explain then
    removed = {}
    for i = 1, n do
      if KIND[i] == "B" then removed[#removed + 1] = {line = i, rule = RULE[i]} end
    end
  end
  doc.text = body
  dmeta.title = title or (adapt.json and adapt.json.null) or nil
  dmeta._stats = {lines_kept = kept, lines_removed = dropped,
                  lines = nonempty}
  if removed then dmeta.removed = removed end
  return doc
end

return M
