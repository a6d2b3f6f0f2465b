-- Field extraction helpers of the news pipeline: author names from bylines,
-- the outlet from copyright lines and domains.  Pure functions on strings.

local adapt    = require "stages.adapt"
local dateline = require "stages.dateline"

local M = {}
local byte, sub = string.byte, string.sub

local function byteset(str)
  local t = {}
  for c in str:gmatch(".") do t[c:byte()] = true end
  return t
end
local SPACE_B = byteset(" \t\n\v\f\r")
local TRIM_END = byteset(" \t\n\v\f\r,;:|/-)")
local WORD_END = byteset(".,'")

-- s without the trailing bytes of a set (what gsub "[set]+$" leaves, read
-- from the end instead of trying the class at every byte).
local function strip_end(s, set)
  local j = #s
  while j > 0 and set[byte(s, j)] do j = j - 1 end
  return j < #s and sub(s, 1, j) or s
end

local function trim(s)
  return strip_end((s:gsub("^[%s%p]+", "")), TRIM_END)
end

-- Byline labels, lower case, without the colon.
local LABELS = {
  penulis = true, editor = true, reporter = true, pewarta = true,
  redaktur = true, penyunting = true, kontributor = true, wartawan = true,
  writer = true, author = true, authors = true, oleh = true, by = true,
  ["reporting by"] = true, ["editing by"] = true, ["writing by"] = true,
  ["additional reporting by"] = true, ["compiled by"] = true,
  ["laporan wartawan"] = true, ["laporan reporter"] = true,
  ["laporan kontributor"] = true, ["laporan koresponden"] = true,
  ["editor bahasa"] = true, ["penerjemah"] = true, ["fotografer"] = false,
  ["redaktur pelaksana"] = true, ["penanggung jawab"] = true,
  ["pengarang"] = true, ["disunting oleh"] = true, ["ditulis oleh"] = true,
  ["written by"] = true, ["edited by"] = true, ["reported by"] = true,
  -- aggregator frames credit the publisher's writer as a story's teller
  ["cerita oleh"] = true, ["story by"] = true,
  -- Indonesian abbreviations: "Rep: X / Red: Y" (reporter, redaktur)
  rep = true, red = true,
}
M.LABELS = LABELS
-- Labels that credit a writer only before a colon ("LAPORAN: NAME", a
-- report by; "Laporan itu ..." opens a sentence).
-- A photo-and-text credit names the writer after "Teks:" ("Teks: X |
-- Foto: Y", "Words: X / Photos: Y"; the photographer is no author).
local COLON_LABELS = {laporan = true, teks = true, naskah = true, words = true,
  text = true}
M.COLON_LABELS = COLON_LABELS

-- The length of the longest label: a segment's label ends at a space no
-- later than one byte past it.
local LABEL_MAX = 0
for lab in pairs(LABELS) do LABEL_MAX = math.max(LABEL_MAX, #lab) end

-- The label a lower-cased segment starts with, followed by a space ("oleh
-- x", "editor bahasa x"): the longest one when two fit ("editor bahasa"
-- rather than "editor"), else nil.  Looks up the words before each space.
local function label_at(low)
  local best
  local p = low:find(" ", 1, true)
  while p and p <= LABEL_MAX + 1 do
    if LABELS[low:sub(1, p - 1)] then best = p - 1 end
    p = low:find(" ", p + 1, true)
  end
  return best and low:sub(1, best)
end

-- Words that never make an author name.
local NOT_NAME = {
  -- ("By The Outlet": no person's name starts with "The")
  the = true,
  redaksi = true, tim = true, admin = true, administrator = true,
  humas = true, antara = true, reuters = true, afp = true, ap = true,
  bloomberg = true, sumber = true, foto = true, photo = true, editor = true,
  penulis = true, reporter = true, author = true, news = true,
  network = true, media = true, staff = true, staf = true, desk = true,
  team = true, bbc = true, cnn = true, cna = true, kcna = true, xinhua = true,
  bernama = true, agencies = true, agensi = true, wire = true,
  thumbnail = true, ["thumbnail-author"] = true, avatar = true,
  bagikan = true, share = true, indonesia = true, online = true,
  com = true, kompas = true, detik = true, tempo = true, liputan6 = true,
  selengkapnya = true, terkini = true, hari = true, ini = true,
  correspondent = true, journalist = true, columnist = true, writer = true,
  wartawan = true, koresponden = true, kontributor = true, pewarta = true,
  redaktur = true, contributor = true, producer = true, analyst = true,
  premium = true, berita = true, video = true, foto = true,
  -- profile badges and widgets printed next to a byline
  verified = true, follow = true, following = true, followers = true,
  subscribe = true, profile = true, profil = true, ikuti = true,
  -- wire services and newsroom words: an organisation is not a person
  press = true, associated = true, agence = true, agency = true,
  kyodo = true, yonhap = true, dpa = true, anadolu = true, efe = true,
  ansa = true, newsroom = true, newspaper = true, section = true,
  service = true, services = true, bureau = true, biro = true,
  -- credit words left on a name ("Edited By X") and companies' legal forms
  -- ("PERMATA SAWIT HOLDINGS BHD" in a stock widget)
  by = true, edited = true, written = true, reported = true, compiled = true,
  bhd = true, berhad = true, sdn = true, tbk = true, ltd = true, inc = true,
  corp = true, plc = true, llc = true, holdings = true,
  -- a language switch next to the byline ("BM | English")
  english = true, inggris = true, bahasa = true, melayu = true,
  -- the buttons of a share row printed under a byline ("Print | Email",
  -- "Cetak / Emel"): tools, not writers
  print = true, email = true, ["e-mail"] = true, emel = true, surel = true,
  cetak = true, kongsi = true, whatsapp = true, facebook = true,
  twitter = true, telegram = true, linkedin = true, tweet = true,
  salin = true, copy = true, komentar = true, komen = true, comments = true,
  -- the headings of widgets printed among the header lines ("Jadwal
  -- Sholat Hari Ini", "Weekly Fuel Prices", "Prakiraan Cuaca")
  harga = true, jadual = true, jadwal = true, cuaca = true, kurs = true,
  prakiraan = true, ramalan = true, price = true, prices = true,
  schedule = true, weather = true, forecast = true, tide = true, tides = true,
}
M.NOT_NAME = NOT_NAME

local PARTICLES = {bin = true, binti = true, van = true, von = true,
  de = true, da = true, del = true, der = true, al = true, ["el"] = true,
  la = true, le = true, di = true, dos = true, ibn = true, bte = true,
  bt = true, a = false}

-- Pure functions of a string whose arguments come back page after page (a
-- site's bylines, its authors' names) remember their answers: up to
-- MEMO_MAX strings each, then forget them all at once (kept small: the
-- collector traverses a memo on every cycle).
local MEMO_MAX = 2000
local function memoize(fn)
  local memo, n = {}, 0
  return function(s)
    local v = memo[s]
    if v == nil then
      v = fn(s)
      if n >= MEMO_MAX then memo, n = {}, 0 end
      memo[s] = v
      n = n + 1
    end
    return v
  end
end

-- Is `s` (already trimmed) a plausible person name as written in a byline?
local function is_name(s)
  -- a colon marks a label ("NEWSPAPER SECTION: Business"), not a name
  if #s < 3 or #s > 60 or s:find("[%d@#/()%[%]{}<>=_*:]") then return false end
  if dateline.is_domain(s) then return false end
  local n, long, caps = 0, 0, 0
  for w in s:gmatch("%S+") do
    n = n + 1
    local lw = strip_end(w:lower(), WORD_END)
    if NOT_NAME[lw] then return false end
    local b = byte(w, 1)
    if (b >= 65 and b <= 90) or b == 195 then       -- "^[%u\195]"
      caps = caps + 1
      -- (a word of three bytes or more is never an initial "^%u%.$")
      if #w >= 3 then long = long + 1 end
    elseif not PARTICLES[lw] then
      return false
    end
  end
  if n == 0 or long == 0 or caps == 0 then return false end
  -- Malay and Brunei names run longer: "Siti Nur Ain Haji Abd Rahman",
  -- "Mohd Faizal bin Haji Abdul Karim"
  if n > 5 and (n > 7 or not (s:find("%f[%a]Haj[ia]h?%f[%A]")
      or s:find("%f[%a]bin%f[%A]") or s:find("%f[%a]binti%f[%A]")
      or s:find("%f[%a]Abd%f[%A]") or s:find("%f[%a]Abdul%f[%A]")
      or s:find("%f[%a]Mohd%f[%A]"))) then
    return false
  end
  -- all-capital short tokens are initials or agency codes, not names
  if n == 1 and not s:find("%l") and #s <= 4 then return false end
  return true
end
M.is_name = memoize(is_name)

-- A name as written after a byline label: without a leading "By",
-- "Oleh" or "Oleh:" ("By Ryan Lim" is the author "Ryan Lim").
function M.clean_name(s)
  local low = s:lower()
  for _, lab in ipairs({"by", "oleh", "penulis", "reporter"}) do
    if low:sub(1, #lab) == lab then
      local rest = s:sub(#lab + 1)
      if rest:find("^%s*:%s*") or rest:find("^%s+") then
        return (rest:gsub("^%s*:?%s*", ""))
      end
    end
  end
  return s
end

-- Appends to `cands` the names written in `rest`, the text after a byline
-- label, in order.  (Each gsub below runs only when a plain find shows the
-- text it needs.)
-- Words after which a byline gives the writer's day or place, not more of
-- the name ("oleh Name pada hari Selasa, ...", "oleh Name di Palu").  "di"
-- is also a name's particle, so the cut is kept only when a name is left.
local PLACE_DATE_PREPS = {"pada", "di"}

local function add_names(rest, cands, after_comma)
  if rest:find("(", 1, true) then rest = rest:gsub("%s*%(.-%)%s*", " ") end
  -- "oleh Name [Place] di 15 Agustus 2025": the place in brackets goes
  if rest:find("[", 1, true) then rest = rest:gsub("%s*%[.-%]%s*", " ") end
  if after_comma then
    -- "Laporan Wartawan Site, Name": the name follows the last comma
    rest = rest:match(",%s*([^,]+)$") or ""
  end
  if rest:find("-", 1, true) or rest:find("\xE2", 1, true) then
    rest = rest:gsub("%s+[%-\xE2][\x80\x93\x94]?%s+.*$", "")  -- "Name - Site"
  end
  for part in (rest .. ","):gmatch("([^,&;]+)[,&;]") do
    if part:find("dan", 1, true) then part = part:gsub("%s+dan%s+", ",") end
    if part:find("and", 1, true) then part = part:gsub("%s+and%s+", ",") end
    for p in (part .. ","):gmatch("([^,]+),") do
      p = trim(p)
      -- "Reporting by Name in Bangkok": the place is not part of the name
      if p:find("in", 1, true) then p = p:gsub("%s+in%s+%u[%w%s%.%-]*$", "") end
      -- "oleh Name di Jakarta", "Name pada hari Selasa, 15 Jul 2025": the
      -- place or the day after the preposition is not the name's
      for _, prep in ipairs(PLACE_DATE_PREPS) do
        if p:find(" " .. prep .. " ", 1, true) then
          local cut = trim((p:gsub("%s+" .. prep .. "%s+.*$", "")))
          if M.is_name(cut) then p = cut end
        end
      end
      -- "Name/Site" or "Site/Name": keep the side that is a name
      if p:find("/", 1, true) then
        local a, b = p:match("^(.-)%s*/%s*(.-)$")
        p = (M.is_name(trim(b)) and trim(b)) or trim(a)
      end
      if M.is_name(p) then cands[#cands + 1] = p end
    end
  end
end

-- Names from one byline line ("Penulis: X | Editor: Y", "Reporter: X",
-- "Oleh X", "By X and Y", "Laporan Wartawan Site, X", "Reporting by X;
-- Editing by Y").  Appends to `out`; `seen` holds lower-cased names.
local function byline_candidates(line)
  local cands = {}
  -- "Rep: X/ Red: Y": a slash before another label separates two credits
  if line:find("/", 1, true) then
    line = line:gsub("%s*/%s*([%a][%a ]-%s*:)", " | %1")
  end
  -- "Penulis: X  Editor: Y": a second one-word label after white space
  -- (often non-breaking spaces) starts a second credit
  if line:find(":", 1, true) then
    line = line:gsub("\xC2\xA0", " "):gsub("(%s+)(%a+)(%s*:)", function(_, lab, colon)
      if LABELS[lab:lower()] then return " | " .. lab .. colon end
    end)
  end
  -- (a dash or a bullet, which start with byte E2, separates credits; the
  -- typographic apostrophes, E2 80 98/99, are inside names, "Nur\xE2\x80\x99Aini
  -- Ma\xE2\x80\x99ruf": they are kept as byte 1 through the split)
  local quoted = false
  if line:find("\xE2\x80[\x98\x99]") then
    line = line:gsub("\xE2\x80([\x98\x99])", "\1%1")
    quoted = true
  end
  for seg in line:gmatch("[^|;\xE2]+") do
    if quoted then seg = seg:gsub("\1", "\xE2\x80") end
    seg = strip_end((seg:gsub("^[%s%p]+", "")), SPACE_B)
    local label, rest = seg:match("^([%a' ]-)%s*:%s*(.+)$")
    if label and (LABELS[label:lower()] or COLON_LABELS[label:lower()]) then
      add_names(rest, cands, label:lower():find("^laporan ") ~= nil)
    else
      local lab = label_at(seg:lower())
      if lab then
        add_names(seg:sub(#lab + 2), cands, lab:find("^laporan ") ~= nil)
      end
    end
  end
  return cands
end
-- (the list is shared by every call with the same line: read it only)
byline_candidates = memoize(byline_candidates)

function M.byline_names(line, out, seen)
  out = out or {}
  seen = seen or {}
  local cands = byline_candidates(line)
  for i = 1, #cands do
    local p = cands[i]
    local k = p:lower()
    if not seen[k] then
      seen[k] = true
      out[#out + 1] = p
    end
  end
  return out
end

-- An end tag "(Site.com/Name Surname)": returns the name and the site.
function M.end_tag(line)
  local a, b = line:match("^%(%s*([^()/]+)%s*/%s*([^()/]+)%s*%)$")
  if not a then return nil end
  a, b = trim(a), trim(b)
  if dateline.is_domain(a) and M.is_name(b) and b:find(" ") then
    return b, a
  end
  -- the writer first and the outlet's short name after ("(Name Surname/
  -- outlet)"): one lower-case word or a domain
  if M.is_name(a) and a:find(" ") and (dateline.is_domain(b) or b:find("^%l+$")) then
    return a, dateline.is_domain(b) and b or nil
  end
  return nil, dateline.is_domain(a) and a or nil
end

-- The outlet named by a copyright line: "© 2025 TRIBUNnews.com Network",
-- "Copyright © 2025 PT Foo Media. All Rights Reserved.", "(c) 2025 Foo".
function M.copyright_site(line)
  local dom = line:match("([%w%-]+%.[%w%.]*%a)")
  if dom and dateline.is_domain(dom) and not dom:find("^%d") then
    return dom:lower()
  end
  local name = line:gsub("[Cc]opyright", ""):gsub("\xC2\xA9", "")
                   :gsub("%([Cc]%)", ""):gsub("%d%d%d%d", "")
                   :gsub("[Aa]ll [Rr]ights? [Rr]eserved%.?", "")
                   :gsub("[Hh]ak [Cc]ipta.*$", "")
  name = name:gsub("^%s*PT%.?%s+", "")
  name = trim(name:match("^([^.,|]+)") or "")
  if name ~= "" and #name <= 40 and name:find("^%u") then return name end
  return nil
end

local TLD = {}
-- (country codes that are also words, such as "in", "me" or "us", are left
-- out: a sentence glued to the next, "said.In", is no domain)
for t in ([[com id my co net org sg tv news info ph th vn au uk io asia biz
  online media web site today example bn tw hk kh mm jp kr cn nz ca eu pk bd
  lk qa ae fr nl tl]]):gmatch("%a+") do TLD[t] = true end

-- A word with a dot in it that may be a domain name: after a byte that is
-- not a letter or digit, letters, digits and hyphens, a dot, then letters,
-- digits, hyphens and dots up to a letter.  A byte-mode regex (the frontier
-- is a lookbehind) that skips to candidates, else the Lua pattern.
local find_dotted = adapt.byte_finder("%f[%w][%w][%w%-]*%.[%w%-%.]*%a",
  "(?<![A-Za-z0-9])[A-Za-z0-9][A-Za-z0-9-]*\\.[A-Za-z0-9.-]*[A-Za-z]")

-- The first domain name written on a line ("sinarharian.com.my",
-- "https://www.straitstimes.com/..."), lower-cased, or nil.
-- Bytes that may follow the dot of a domain candidate ([%w%-%.]).
local AFTER_DOT = {[45] = true, [46] = true}
for c = 48, 57 do AFTER_DOT[c] = true end
for c = 65, 90 do AFTER_DOT[c] = true; AFTER_DOT[c + 32] = true end

function M.find_domain(line)
  -- Every candidate has a dot followed by a letter, a digit, "-" or ".":
  -- a line whose dots all end sentences ("... kata dia. Ia ...") has none,
  -- settled with plain searches before the byte-level regex reads it.
  local p = line:find(".", 1, true)
  while p and not AFTER_DOT[byte(line, p + 1)] do p = line:find(".", p + 1, true) end
  if not p then return nil end
  local pos = 1
  while true do
    local s, e = find_dotted(line, pos)
    if not s then return nil end
    pos = e + 1
    local dom = line:sub(s, e)
    local last = dom:match("%.(%a+)$")
    local first = dom:match("^([^.]+)")
    if last and TLD[last:lower()] and not first:find("^%d+$") and #first >= 2 then
      dom = dom:lower():gsub("^www%.", "")
      return dom
    end
  end
  return nil
end

-- Does a domain belong to an outlet name ("antaranews.com" / "ANTARA",
-- "straitstimes.com" / "The Straits Times")?
function M.domain_matches(dom, outlet)
  local label = dom:match("^([^.]+)"):gsub("%-", "")
  local name = outlet:lower():gsub("[^%w]", "")
  if #label < 3 or #name < 3 then return false end
  return label:find(name, 1, true) ~= nil or name:find(label, 1, true) ~= nil
end

-- Is a line the outlet's own name, a masthead rather than a headline?  True
-- when the domain's first label holds the line's letters ("Rappler" /
-- rappler.com, "ANTARA" / antaranews.com) or the initials of its words
-- ("South China Morning Post" / scmp.com).  Unlike domain_matches, a
-- headline that merely mentions the outlet does not count.
-- (label_of: the label of a domain, its first part without hyphens,
-- remembered: the same few domains are asked about on every page.)
local label_of = memoize(function(dom)
  return (dom:match("^([^.]+)"):gsub("%-", ""))
end)

local function is_masthead(line, dom)
  local label = label_of(dom)
  if #label < 3 then return false end
  local name = line:lower():gsub("[^%w]", "")
  if #name >= 3 and label:find(name, 1, true) then return true end
  -- the initials of the line's words spell the label: one word per byte
  -- of the label, so the words are counted before any initial is taken
  local _, nw = line:gsub("%a+", "")
  if nw < 3 or nw ~= #label then return false end
  local ini = {}
  for w in line:gmatch("%a+") do ini[#ini + 1] = w:sub(1, 1):lower() end
  return table.concat(ini) == label
end

-- is_masthead remembers its answers per domain (a page's authors and a
-- site's mastheads come back page after page), MEMO_MAX in all, then
-- forgets them all at once as memoize does.
local masthead_memo, masthead_n = {}, 0
function M.is_masthead(line, dom)
  local by_dom = masthead_memo[dom]
  if not by_dom then
    by_dom = {}
    masthead_memo[dom] = by_dom
  end
  local v = by_dom[line]
  if v == nil then
    v = is_masthead(line, dom)
    if masthead_n >= MEMO_MAX then
      masthead_memo, masthead_n = {[dom] = {}}, 0
      by_dom = masthead_memo[dom]
    end
    by_dom[line] = v
    masthead_n = masthead_n + 1
  end
  return v
end

-- The host of a URL, without "www.".  The clean stage asks about each
-- page's URL twice (the site key, then the site field): the last answer is
-- remembered (a pure function of the URL).
local last_url, last_host
function M.url_host(url)
  if type(url) ~= "string" then return nil end
  if url == last_url then return last_host end
  local host = url:match("^%a[%w+.-]*://([^/:?#]+)")
  if host then
    host = host:lower():gsub("^www%.", ""):gsub("^m%.", ""):gsub("^amp%.", "")
  end
  last_url, last_host = url, host
  return host
end

return M
