-- Boilerplate line rules of the news pipeline, as data.
--
-- Rules are matched against the lower-cased line with "[ ]:" collapsed to
-- ":" (so "Sumber : X" reads "sumber: x").  They are general: widget labels,
-- link prompts and footers of Indonesian, Malay and English news sites, not
-- any one page's wording.  Site-specific additions go in scripts/sites/.
--
-- Three kinds of rule, cheapest first:
--   EXACT    the whole line (trailing ":" and punctuation stripped)
--   PREFIX   Lua patterns anchored at the start, grouped by first word so a
--            line is tried only against the rules of its own first word
--   ANYWHERE plain substrings, tried on short lines only (see clean.lua)

local M = {}

local function set(rule, list, into)
  for _, w in ipairs(list) do into[w] = rule end
  return into
end

-- Whole-line widgets -------------------------------------------------------
local EXACT = {}
set("ad", {"advertisement", "advertisment", "iklan", "ads", "ad", "sponsored",
  "konten sponsor", "konten bersponsor", "sponsored content", "promoted",
  "scroll to continue with content", "scroll to continue", "scroll down",
  "scroll untuk melanjutkan", "gulir untuk melanjutkan",
  "advertisement - scroll to continue", "story continues below advertisement",
  "continue reading below", "iklan - scroll untuk melanjutkan membaca",
  "scroll ke bawah untuk melanjutkan membaca", "lanjutkan membaca",
  "continue reading", "lanjut baca", "pariwara", "story continues below",
  "article continues below", "artikel berlanjut di bawah",
  "berita berlanjut di bawah ini", "sambungan di bawah",
  -- labels of paid blocks ("PROMOTED CONTENT", "Kandungan ditaja")
  "promoted content", "promoted stories", "paid content", "partner content",
  "sponsored post", "advertorial", "konten promosi", "kandungan ditaja",
  "ditaja", "bersponsor", "iklan bersponsor"}, EXACT)
set("related-heading", {"tags", "tag", "topik", "topics", "topic",
  "related", "related articles", "related news", "related stories",
  "related posts", "related content", "artikel terkait", "berita terkait",
  "berita terkini", "berita lainnya", "berita terbaru", "berita populer",
  "berita pilihan", "artikel lainnya", "artikel pilihan", "artikel populer",
  "artikel terbaru", "baca juga", "lihat juga", "simak juga", "terpopuler",
  "populer", "terkini", "terbaru", "trending", "trending now",
  "rekomendasi", "rekomendasi untuk anda", "rekomendasi kami",
  "rekomendasi berita", "pilihan editor", "pilihan redaksi", "editor's picks",
  "editors' picks", "editor's pick", "hot topic", "# hot topic", "hot topics",
  "topik hangat", "topik terkait", "tag terkait", "kata kunci", "keywords",
  "most popular", "most read", "most viewed", "latest", "latest news",
  "latest stories", "more stories", "more news", "you may also like",
  "you might also like", "recommended", "recommended for you",
  "read next", "up next", "what to read next", "berita berkaitan",
  -- a box of the outlet's own headlines ("Featured News", "Berita Lain")
  "featured", "featured news", "featured stories", "featured articles",
  "featured posts", "berita lain", "berita-berita lain", "artikel lain",
  "berita unggulan", "artikel unggulan",
  "artikel berkaitan", "berkaitan", "lagi berita", "berita utama",
  "video terkait", "video pilihan", "video terkini", "video lainnya",
  "foto terkait", "galeri", "gallery", "infografis", "headline", "headlines",
  "news", "berita", "lainnya", "selengkapnya", "indeks berita",
  "terhangat", "viral", "populer hari ini", "paling banyak dibaca",
  "berita populer hari ini", "top stories", "top news", "breaking news",
  "more from", "sponsored links", "from the web", "also read",
  "read also", "baca berita lainnya", "artikel menarik lainnya"}, EXACT)
set("share", {"share", "bagikan", "bagikan artikel", "share this article",
  "share this", "kongsi", "kongsi artikel", "tweet", "facebook",
  "twitter", "x", "whatsapp", "telegram", "linkedin", "line", "email",
  "e-mail", "pinterest", "instagram", "youtube", "tiktok", "threads",
  "salin link", "salin tautan", "copy link", "copy", "copied",
  "link copied", "tautan disalin", "print", "cetak", "simpan", "save",
  "komentar", "tulis komentar", "kirim komentar", "comments", "comment",
  "0 komentar", "lihat komentar", "tampilkan komentar", "komen",
  "bagikan:", "share:", "share on", "font", "a a", "aa", "a- a+",
  "x|close", "close", "tutup", "menu", "search", "cari", "home", "beranda",
  "indeks", "index", "utama", "kembali", "back", "back to top",
  "ke atas", "login", "masuk", "daftar", "register", "sign in", "sign up",
  "log in", "logout", "subscribe", "langganan", "berlangganan", "langgan",
  "follow", "follow us", "ikuti kami", "ikuti kami di", "ikuti",
  "sertai kami", "foto", "video", "photo", "photos", "audio", "podcast",
  "thumbnail-author", "thumbnail", "photo author", "avatar", "author",
  "penulis", "editor", "reporter", "pewarta", "redaktur", "penyunting",
  "kontributor", "wartawan", "oleh", "by", "writer", "fotografer",
  "next", "prev", "previous", "sebelumnya", "selanjutnya", "berikutnya",
  "halaman selanjutnya", "halaman berikutnya", "load more",
  "muat lebih banyak", "lihat selengkapnya", "baca selengkapnya",
  "read more", "see more", "show more", "tampilkan lebih banyak", "lihat lebih banyak",
  -- an ad's note that the story goes on below it
  "teruskan membaca di bawah", "lanjutkan membaca di bawah", "continue reading below",
  "story continues below", "article continues below", "artikel berlanjut di bawah",
  "lanjut baca di bawah", "scroll untuk melanjutkan",
  "read entire article", "read full article", "read the full story",
  "dengarkan", "dengarkan berita", "listen", "listen to this article",
  "play", "putar", "ok", "accept", "terima", "setuju", "reject", "tolak",
  "copyright", "all rights reserved", "all right reserved",
  "hak cipta dilindungi undang-undang", "privacy policy",
  "kebijakan privasi", "pedoman media siber", "tentang kami", "about us",
  "redaksi", "kontak", "contact", "contact us", "karir", "disclaimer",
  "info iklan", "terms of use", "syarat dan ketentuan", "sitemap",
  "network", "rss", "newsletter"}, EXACT)
-- A live blog's share button under every entry (not end matter, unlike the
-- page's share bar: see clean.lua).
set("entry-share", {"share this update", "share this post", "share this entry",
  "bagikan update ini", "bagikan pembaruan ini", "kongsi kemas kini ini",
  "kongsi entri ini", "bagikan entri ini", "share this entry", "kongsi catatan ini"}, EXACT)
-- A reader poll's buttons ("Vote | View results"); its question and options
-- are found by shape (clean.lua).
set("poll", {"undi | lihat keputusan", "vote | view results", "vote | see results",
  "pilih | lihat hasil", "kirim | lihat hasil", "vote | results", "lihat keputusan",
  "lihat hasil polling", "view results", "see results", "vote now", "undi sekarang"}, EXACT)
-- An aggregator's feedback widget: its answer buttons.
set("feedback", {"ya | tidak", "yes | no", "ya | tak", "ya tidak", "yes no"}, EXACT)
-- A live blog's label over a summary entry kept at the top (what follows it
-- is an entry, not a standfirst: see clean.lua).
set("pinned", {"pinned", "pinned post", "disematkan", "dipin", "disemat"}, EXACT)
-- The heading of an author box ("About the author" and the bio under it).
set("author-box", {"about the author", "about the writer", "tentang penulis",
  "profil penulis", "tentang pengarang", "mengenai penulis", "info penulis",
  "biodata penulis"}, EXACT)
-- The label of a summary box over the story ("In Brief", "Key points"):
-- the lines under it, to the next blank line, restate the story.
set("summary-box", {"in brief", "key points", "key takeaways", "at a glance",
  "the short version", "ringkasan", "intisari", "poin penting", "poin utama",
  -- a machine summary's label ("Ringkasan AI", "AI summary")
  "ringkasan ai", "rumusan ai", "ai summary", "ringkasan oleh ai", "rangkuman",
  "rangkuman ai",
  "ringkasan berita", "isi penting", "secara ringkas", "fakta ringkas"}, EXACT)
-- A live blog's button that loads the entries before those shown ("Load
-- earlier updates"): a widget, mid-page.
set("share", {"load earlier updates", "load older updates", "show earlier updates",
  "load more updates", "show older updates", "muat pembaruan sebelumnya",
  "muat update sebelumnya", "lihat pembaruan sebelumnya", "tampilkan pembaruan sebelumnya",
  "muat kemas kini terdahulu", "muat kemas kini sebelumnya", "lihat kemas kini terdahulu"}, EXACT)
-- The label of a box beside the story whose lines, to the next blank line,
-- are no part of it (clean.lua removes them with the label): a saying or
-- quotation of the day, a box of facts or figures, a box of job ads.
set("quote-box", {"quote of the day", "quotes of the day", "saying of the day",
  "word of the day", "mutiara kata", "kata mutiara", "kata-kata mutiara", "kata bijak",
  "kata bijak hari ini", "kata-kata hari ini", "petikan hari ini", "peribahasa hari ini",
  "pepatah hari ini", "kutipan hari ini", "kata hikmah", "kata-kata hikmah"}, EXACT)
set("facts-box", {"fakta projek", "fakta proyek", "fakta utama", "fakta penting",
  "fakta ringkas projek", "sekilas fakta", "fakta sekilas", "fact box", "factbox",
  "fast facts", "key facts", "quick facts", "project facts",
  "fakta dan angka", "facts and figures", "info projek", "info proyek"}, EXACT)
set("jobs-box", {"info loker", "lowongan kerja", "info lowongan", "info lowongan kerja",
  "lowongan kerja terbaru", "loker terbaru", "jawatan kosong", "iklan jawatan kosong",
  "job vacancies", "job openings", "we are hiring", "kami merekrut"}, EXACT)
M.EXACT = EXACT

-- Prefix rules, by first word ----------------------------------------------
-- Each entry: {lua pattern on the lowered line, rule}.  The pattern starts
-- at the line start (patterns are anchored by the caller).
local P = {}
local function add(first, rule, ...)
  local list = P[first] or {}
  for _, pat in ipairs({...}) do list[#list + 1] = {"^" .. pat, rule} end
  P[first] = list
end

add("baca", "related-link", "baca juga", "baca pula", "baca selengkapnya",
    "baca:", "baca berita", "baca artikel", "baca lainnya", "baca lagi",
    "baca :")
add("lihat", "related-link", "lihat juga", "lihat:", "lihat video",
    "lihat foto", "lihat selengkapnya", "lihat berita", "lihat artikel")
add("simak", "related-link", "simak juga", "simak:", "simak video",
    "simak berita", "simak selengkapnya", "simak artikel", "simak breaking",
    "simak informasi")
add("saksikan", "related-link", "saksikan video", "saksikan juga",
    "saksikan:", "saksikan live", "saksikan siaran")
add("tonton", "related-link", "tonton juga", "tonton video", "tonton:")
add("video", "related-link", "video:", "video terkait", "video pilihan",
    "video unggulan")
add("artikel", "related-link", "artikel terkait:", "artikel berkaitan:",
    "artikel lain:", "artikel ini telah tayang",
    "artikel ini sudah tayang", "artikel ini telah terbit")
add("berita", "related-link", "berita terkait:", "berita berkaitan:")
add("bacaan", "related-link", "bacaan berkaitan", "bacaan lanjut")
add("read", "related-link", "read more", "read also", "read:", "read next",
    "read entire article", "read the full", "read full", "read our")
add("also", "related-link", "also read", "also see", "also:")
add("related", "related-link", "related:", "related story", "related article",
    "related coverage", "related news")
add("see", "related-link", "see also", "see more")
add("more", "related-link", "more:", "more from", "more on this")
add("watch", "related-link", "watch:", "watch the video", "watch more", "watch also", "also watch")
add("also", "related-link", "also watch")
add("listen", "related-link", "listen:", "listen to")
add("next", "related-link", "next article", "next story", "next:")
add("previous", "related-link", "previous article", "previous story")
add("artikel", "related-link", "artikel selanjutnya", "artikel sebelumnya")
add("berkaitan", "related-link", "berkaitan:")
add("klik", "prompt", "klik di sini", "klik disini", "klik link", "klik tautan")
add("click", "prompt", "click here", "click to")
add("sign", "prompt", "sign up", "sign in")
add("subscribe", "prompt", "subscribe")
add("newsletter", "prompt", "newsletter")
add("download", "prompt", "download aplikasi", "download app", "download the",
    "download sekarang")
add("unduh", "prompt", "unduh aplikasi", "unduh sekarang")
add("muat", "prompt", "muat turun")
add("install", "prompt", "install aplikasi")
add("follow", "prompt", "follow us", "follow our", "follow kami", "follow ",
    -- "Follow The Daily Example on Telegram for ...": a channel prompt
    "follow [^.]-on telegram", "follow [^.]-on whatsapp", "follow [^.]-on google news",
    "follow [^.]-on instagram", "follow [^.]-on tiktok", "follow [^.]-on youtube",
    "follow [^.]-on facebook", "follow [^.]-on x[ ,.]", "follow [^.]-on linkedin")
-- a news-tip prompt ("Got a tip? Message us on WhatsApp")
add("got", "prompt", "got a tip", "got a news tip", "got a story")
add("have", "prompt", "have a tip", "have a news tip", "have a story tip", "have a story to share")
add("send", "prompt", "send us your tip", "send us a tip", "send your tips", "send us your stor")
add("punya", "prompt", "punya tips berita", "punya informasi menarik", "punya info menarik",
    "punya cerita menarik", "punya kisah menarik", "punya berita menarik",
    -- "Punya informasi kejadian di sekitar Anda? Kirim ..."
    "punya informasi [^.?]-%?", "punya info [^.?]-%?", "punya video [^.?]-%?", "punya foto [^.?]-%?")
-- a reader poll's question under its label ("Poll: Will you ...?")
add("tinjauan", "poll", "tinjauan:", "tinjauan pembaca:")
add("poll", "poll", "poll:")
add("polling", "poll", "polling:")
add("jajak", "poll", "jajak pendapat:")
add("undian", "poll", "undian:")
add("reader", "poll", "reader poll:")
add("quick", "poll", "quick poll:")
-- a view counter ("Dibaca 1.204 kali", "Artikel ini telah dibaca 2,314 kali")
add("dibaca", "counter", "dibaca:? ?%d")
add("artikel", "counter", "artikel ini telah dibaca %d", "artikel ini sudah dibaca %d")
add("telah", "counter", "telah dibaca %d")
add("views", "counter", "views:? ?%d")
add("viewed", "counter", "viewed %d")
add("dilihat", "counter", "dilihat:? ?%d")
-- a channel prompt naming the outlet ("Get The Daily on WhatsApp: ...")
add("get", "prompt", "get [^.]-on whatsapp", "get [^.]-on telegram", "get [^.]-on google news",
    "get the app", "get our app")
-- an e-paper notice ("Epaper edisi hari ini sudah terbit ...")
add("epaper", "prompt", "epaper %a", "epaper:")
add("e", "prompt", "e%-paper %a", "e%-paper:", "e%-koran %a", "e%-newspaper %a")
-- a note that the story also ran in print or in another language ("Berita
-- ini disiarkan dalam edisi cetak ...", "This article also appears in ...")
add("berita", "source", "berita ini disiarkan dalam", "berita ini turut disiarkan",
    "berita ini juga disiarkan", "berita ini telah disiarkan", "berita ini dimuat dalam",
    "berita ini telah dimuat di", "berita ini juga dimuat")
add("artikel", "source", "artikel ini disiarkan dalam", "artikel ini turut disiarkan",
    "artikel ini juga disiarkan", "artikel ini telah disiarkan", "artikel ini dimuat dalam",
    "artikel ini juga dimuat", "artikel ini juga tersedia dalam", "artikel ini tersedia dalam")
add("this", "source", "this article appeared in", "this article also appeared in",
    "this article also appears in", "this story appeared in", "this story also appeared in",
    "this article is also available in", "this story is also available in")
add("a", "source", "a version of this article appeared", "a version of this story appeared")
-- an aggregator's note on a partner's content ("Konten ini disediakan oleh
-- mitra ...")
add("konten", "disclaimer", "konten ini disediakan oleh", "konten ini merupakan kerja sama",
    "konten ini dari mitra")
add("kandungan", "disclaimer", "kandungan ini disediakan oleh")
add("this", "disclaimer", "this content is provided by", "this content was provided by")
add("jangan", "prompt", "jangan lupa follow", "jangan lupa ikuti", "jangan lupa subscribe",
    "jangan lupa like", "jangan lupa langgan")
add("ikuti", "prompt", "ikuti kami", "ikuti berita", "ikuti update",
    "ikuti saluran", "ikuti kanal", "ikuti akun", "ikuti terus",
    "ikuti perkembangan berita", "ikuti whatsapp", "ikuti channel",
    "ikuti instagram", "ikuti juga",
    -- "Ikuti Kosmo! di Telegram dan WhatsApp": an outlet's channel prompt
    "ikuti [^.]-di telegram", "ikuti [^.]-di whatsapp", "ikuti [^.]-di google news",
    "ikuti [^.]-di instagram", "ikuti [^.]-di tiktok", "ikuti [^.]-di youtube",
    "ikuti [^.]-di saluran", "ikuti [^.]-di facebook", "ikuti [^.]-di twitter",
    "ikuti [^.]-di x[ ,.]")
-- "Support The Outlet's independent journalism", "Baca e-paper X edisi
-- hari ini"
add("support", "prompt", "support [^.]-journalism", "support us")
add("baca", "prompt", "baca e%-paper", "baca epaper", "baca e%-koran", "baca koran digital")
-- a reading time ("Reading time: 8 minutes", "Waktu baca: 7 menit")
add("reading", "counter", "reading time:? ?%d")
add("waktu", "counter", "waktu baca:? ?%d", "waktu membaca:? ?%d")
add("masa", "counter", "masa membaca:? ?%d", "masa bacaan:? ?%d")
add("read", "counter", "read time:? ?%d")
add("jom", "prompt", "jom sertai", "jom ikuti", "jom follow", "jom langgan", "jom join")
add("skip", "prompt", "skip past ", "skip to main content", "skip to content",
    "skip to navigation", "skip ad")
add("after", "prompt", "after newsletter promotion", "after advertisement")
add("privacy", "prompt", "privacy notice:")
add("sertai", "prompt", "sertai saluran", "sertai kami", "sertai telegram",
    "sertai whatsapp")
add("cek", "prompt", "cek berita", "cek artikel", "cek update")
add("dapatkan", "prompt", "dapatkan update", "dapatkan berita",
    "dapatkan informasi", "dapatkan artikel", "dapatkan akses",
    "dapatkan notifikasi")
add("gabung", "prompt", "gabung ", "gabung:")
add("join", "prompt", "join our", "join us", "join the conversation",
    -- "Join The Daily on WhatsApp for ...": an outlet's channel prompt
    "join [^.]-on whatsapp", "join [^.]-on telegram", "join [^.]-on google news",
    "join [^.]-channel")
add("sertai", "prompt", "sertai [^.]-di whatsapp", "sertai [^.]-di telegram")
-- a QR code's prompt to go on reading on a phone ("Scan the QR code to ...")
add("scan", "prompt", "scan qr", "scan kode", "scan the qr", "scan this qr", "scan kod")
add("imbas", "prompt", "imbas kod qr", "imbas qr")
-- a summary box with its text on the label's line ("Ringkasan: ...",
-- "Ringkasan AppName: ...", "AI summary: ..."): it restates the story
add("ringkasan", "summary", "ringkasan:", "ringkasan [^%s:]+:", "ringkasan [^%s:]+ [^%s:]+:")
add("rangkuman", "summary", "rangkuman:", "rangkuman [^%s:]+:")
add("rumusan", "summary", "rumusan:", "rumusan [^%s:]+:")
add("summary", "summary", "summary:")
add("ai", "summary", "ai summary:")
add("pindai", "prompt", "pindai kode qr", "pindai qr")
-- a job-ads box's heading with the region after it ("Info Loker Kota X")
add("info", "jobs-box", "info loker ", "info lowongan ")
add("lowongan", "jobs-box", "lowongan kerja ")
add("jawatan", "jobs-box", "jawatan kosong ")
-- a star-rating widget ("Beri nilai artikel ini \xE2\x98\x85... 4,4/5")
add("beri", "feedback", "beri nilai", "beri rating", "beri penilaian")
add("berikan", "feedback", "berikan nilai", "berikan rating", "berikan penilaian")
add("nilai", "feedback", "nilai artikel ini", "nilai berita ini")
add("rate", "feedback", "rate this article", "rate this story", "rate this post")
add("rating", "feedback", "rating artikel", "rating berita")
add("silakan", "prompt", "silakan login", "silakan masuk", "silakan daftar",
    "silakan berlangganan", "silakan klik", "silakan baca")
add("silahkan", "prompt", "silahkan login", "silahkan masuk", "silahkan klik")
add("please", "prompt", "please log", "please sign", "please subscribe",
    "please enable", "please turn off")
add("langgan", "prompt", "langgan")
add("langganan", "prompt", "langganan")
add("berlangganan", "prompt", "berlangganan")
add("nyaman", "prompt", "nyaman tanpa iklan")
add("bebas", "prompt", "bebas iklan")
add("akses", "prompt", "akses berita", "akses artikel", "akses tanpa batas")
-- metered paywalls: "You have read 2 of 5 free articles", "Anda telah
-- membaca 2 daripada 5 artikel percuma", "Anda sudah membaca 3 dari 5 artikel"
add("you", "prompt", "you have read %d+ of %d+", "you've read %d+ of %d+",
    "you have %d+ free article", "you have reached your")
add("anda", "prompt", "anda telah membaca %d+ [dr]", "anda sudah membaca %d+ [dr]",
    "anda telah mencapai had", "anda telah mencapai batas")
add("nikmati", "prompt", "nikmati akses", "nikmati berita", "nikmati artikel")
add("hubungi", "prompt", "hubungi kami", "hubungi redaksi")
add("kirim", "prompt", "kirim berita", "kirim tulisan")
add("advertisement", "ad", "advertisement")
add("scroll", "ad", "scroll to", "scroll down", "scroll untuk", "scroll ke")
add("gulir", "ad", "gulir ")
add("iklan", "ad", "iklan ")
-- an ad's label with its text on one line, of any length ("Iklan \xC2\xB7
-- Promo ... mulai Rp 95 ribu", "Ad | ...", "Iklan: ...")
add("iklan", "ad", "iklan%s*\xC2\xB7", "iklan%s*|", "iklan%s*:")
add("ad", "ad", "ad%s*\xC2\xB7", "ad%s*|")
add("sponsored", "ad", "sponsored")
add("halaman", "paging", "halaman %d", "halaman selanjutnya",
    "halaman berikutnya", "halaman sebelumnya", "halaman:")
add("page", "paging", "page %d", "page:")
add("tag", "tags", "tag:", "tags:")
add("tags", "tags", "tags:")
add("topik", "tags", "topik:", "topik terkait:")
add("topics", "tags", "topics:")
add("kata", "tags", "kata kunci:")
add("keywords", "tags", "keywords:")
add("label", "tags", "label:")
add("kategori", "tags", "kategori:")
add("copyright", "copyright", "copyright")
add("hak", "copyright", "hak cipta")
add("all", "copyright", "all rights? reserved")
add("dilarang", "copyright", "dilarang mengambil", "dilarang mengutip",
    "dilarang menyalin", "dilarang memperbanyak", "dilarang menayangkan",
    "dilarang mempublikasikan", "dilarang keras mengambil")
add("do", "copyright", "do not republish", "do not copy", "do not reproduce")
add("this", "copyright", "this article may not", "this material may not",
    "this story has not been edited")
add("penulis", "byline", "penulis:", "penulis /", "penulis ")
add("editor", "byline", "editor:", "editor /", "editor ", "editing by")
add("reporter", "byline", "reporter:", "reporter /", "reporter ")
add("pewarta", "byline", "pewarta:", "pewarta ")
add("redaktur", "byline", "redaktur:", "redaktur ")
add("penyunting", "byline", "penyunting:", "penyunting ")
add("kontributor", "byline", "kontributor:", "kontributor ")
add("wartawan", "byline", "wartawan:")
add("fotografer", "byline", "fotografer:")
add("penerjemah", "byline", "penerjemah:")
add("writer", "byline", "writer:")
add("author", "byline", "author:")
add("authors", "byline", "authors:")
add("reporting", "byline", "reporting by", "reporting:")
add("additional", "byline", "additional reporting")
add("writing", "byline", "writing by")
add("editing", "byline", "editing by")
add("compiled", "byline", "compiled by")
add("edited", "byline", "edited by")
add("written", "byline", "written by")
add("reported", "byline", "reported by")
add("ditulis", "byline", "ditulis oleh")
-- an aggregator's credit of the writer ("Story by Name", "Cerita oleh Name")
add("cerita", "byline", "cerita oleh")
add("story", "byline", "story by")
add("disunting", "byline", "disunting oleh")
add("cerita", "byline", "cerita oleh ")
add("story", "byline", "story by ")
add("oleh", "byline", "oleh:", "oleh ")
add("rep", "byline", "rep:")
add("red", "byline", "red:")
add("laporan", "byline", "laporan wartawan", "laporan reporter",
    "laporan kontributor", "laporan koresponden", "laporan:")
add("sumber", "source", "sumber:", "sumber foto", "sumber berita",
    "sumber artikel", "sumber gambar")
add("source", "source", "source:", "sources:")
add("foto", "caption", "foto:", "foto/", "foto ilustrasi", "foto dok")
add("photo", "caption", "photo:", "photo by", "photo credit", "photograph:")
add("ilustrasi", "caption", "ilustrasi:", "ilustrasi ")
add("gambar", "caption", "gambar:", "gambar ilustrasi")
add("image", "caption", "image:", "image credit", "image source")
add("credit", "caption", "credit:")
add("caption", "caption", "caption:")
add("antara", "caption", "antara foto", "antara/")
add("kredit", "caption", "kredit foto", "kredit:")
add("dok", "caption", "dok%.")
-- a reader quiz's heading ("KUIZ MINGGU INI", "Quiz"), of two words at most
-- (a sentence opening with the word runs on); its prize line is a prompt
add("kuiz", "quiz", "kuiz%s*%a*$")
add("kuis", "quiz", "kuis%s*%a*$")
add("quiz", "quiz", "quiz%s*%a*$")
-- a group photo's caption naming the people in order ("Dari kiri, ...",
-- "From left: ...", "Kiri ke kanan: ...")
add("dari", "caption", "dari kiri[,:]", "dari kanan[,:]", "dari kiri ke kanan")
add("from", "caption", "from left[,:]", "from right[,:]", "from left to right")
add("kiri", "caption", "kiri ke kanan")
add("left", "caption", "left to right[,:]")
add("diperbarui", "date", "diperbarui")
add("diterbitkan", "date", "diterbitkan")
add("dipublikasikan", "date", "dipublikasikan")
add("dipublikasi", "date", "dipublikasi")
add("terbit", "date", "terbit:", "terbit ")
add("updated", "date", "updated")
add("published", "date", "published")
add("posted", "date", "posted")
add("last", "date", "last updated", "last modified")
add("dikemaskini", "date", "dikemaskini")
add("dikemas", "date", "dikemas kini")
add("kemas", "date", "kemas kini")
add("disiarkan", "date", "disiarkan")
add("google", "prompt", "google news")
add("wa", "prompt", "wa channel")
add("whatsapp", "prompt", "whatsapp channel")
add("kami", "cookie", "kami menggunakan cookie", "kami menggunakan kuki")
add("we", "cookie", "we use cookies", "we use cookie")
add("situs", "cookie", "situs ini menggunakan cookie")
add("this", "cookie", "this site uses cookies", "this website uses cookies")
add("by", "cookie", "by continuing to use", "by using this")
add("dengan", "cookie", "dengan menggunakan situs")
add("our", "copyright", "our standards:")
-- disclaimers closing a market or health story ("Penafian: Artikel ini ...")
add("penafian", "disclaimer", "penafian:", "penafian ")
add("disclaimer", "disclaimer", "disclaimer:")
add("sanggahan", "disclaimer", "sanggahan:")
-- an aggregator's attribution of the story it reprints ("This article was
-- originally published by X on ...", "Artikel ini awalnya diterbitkan oleh X")
add("artikel", "source", "artikel ini awalnya", "artikel ini pertama kali diterbitkan",
    "artikel ini asalnya", "artikel ini pada asalnya", "artikel ini mula%-mula")
add("this", "source", "this article was originally", "this story was originally",
    "this article originally", "this story originally", "this article first appeared",
    "this story first appeared")
add("originally", "source", "originally published", "originally appeared")
add("view", "source", "view the original", "view original article")
-- an aggregator's feedback widget
add("apakah", "feedback", "apakah konten ini bermanfaat", "apakah artikel ini bermanfaat",
    "apakah berita ini bermanfaat", "apakah informasi ini bermanfaat")
add("adakah", "feedback", "adakah artikel ini bermanfaat", "adakah kandungan ini bermanfaat")
add("was", "feedback", "was this article helpful", "was this helpful", "was this content helpful",
    "was this story helpful")
add("did", "feedback", "did you find this")
add("terima", "feedback", "terima kasih atas umpan balik", "terima kasih%. umpan balik",
    "terima kasih atas maklum balas", "terima kasih%. maklum balas")
add("thank", "feedback", "thank you for your feedback", "thanks for your feedback",
    "thank you%. your feedback")
add("thanks", "feedback", "thanks for your feedback", "thanks%. your feedback")
add("berikan", "feedback", "berikan umpan balik")
add("beri", "feedback", "beri maklum balas")
add("give", "feedback", "give feedback")
-- the header of an embedded social post ("Postingan dari @name \xC2\xB7 X",
-- "A post shared by ...", "Lihat hantaran ini di Instagram")
add("postingan", "embed", "postingan dari @", "postingan instagram dari", "postingan dari akun @")
add("kiriman", "embed", "kiriman dari @")
add("hantaran", "embed", "hantaran daripada @", "hantaran oleh @")
add("post", "embed", "post by @", "post from @")
add("a", "embed", "a post shared by")
add("sebuah", "embed", "sebuah hantaran dikongsi oleh", "sebuah kiriman dibagikan oleh",
    "sebuah postingan dibagikan oleh")
add("lihat", "embed", "lihat hantaran ini di", "lihat postingan ini di", "lihat kiriman ini di")
add("view", "embed", "view this post on")
-- the heading of the references under a feature ("Rujukan:", "Sources:")
add("rujukan", "source", "rujukan:?$")
add("referensi", "source", "referensi:?$")
add("references", "source", "references:?$")
add("sources", "source", "sources:?$")
add("daftar", "source", "daftar pustaka:?$")
-- a writer's bio after its label on one line ("Tentang penulis: Name is
-- ...", "About the author: ...")
add("tentang", "author-box", "tentang penulis:")
add("about", "author-box", "about the author:", "about the writer:")
add("mengenai", "author-box", "mengenai penulis:")
add("profil", "author-box", "profil penulis:")
-- a social page's like prompt ("Sukai Contoh di Facebook untuk ...",
-- "Like us on Facebook")
add("sukai", "prompt", "sukai kami", "sukai halaman", "sukai [^.]-di facebook")
add("like", "prompt", "like us on", "like our page", "like [^.]-on facebook")
M.PREFIX = P

-- The foot line of an aggregator's frame that names the publisher of the
-- article it shows, with the publisher's own date ("Lihat artikel asli di
-- contoh.id \xC2\xB7 3 Mei 2025", "Artikel ini awalnya diterbitkan oleh
-- Contoh.com pada 3 Mei 2025", "Originally published on contoh.com").
-- Patterns on the lower-cased line, anchored at the start; by first word.
M.ORIGIN = {
  -- (with "asal", "penuh" and "lengkap": "Baca artikel penuh di contoh.my",
  -- the frame's link to the publisher's full text)
  baca = {"^baca artikel asli", "^baca artikel aslinya", "^baca berita asli",
    "^baca artikel asal", "^baca berita asal", "^baca artikel penuh di",
    "^baca berita penuh di", "^baca artikel lengkap di", "^baca berita lengkap di"},
  lihat = {"^lihat artikel asli", "^lihat berita asli", "^lihat sumber asli",
    "^lihat artikel penuh di", "^lihat artikel lengkap di"},
  artikel = {"^artikel ini awalnya diterbitkan", "^artikel ini pertama kali diterbitkan",
    "^artikel ini asalnya diterbitkan", "^artikel asal:", "^artikel asal di"},
  see = {"^see the original article", "^see original article"},
  view = {"^view the original article", "^view original article"},
  read = {"^read the original article", "^read original article",
    "^read the full article on", "^read the full article at", "^read the full story on",
    "^read the full story at", "^read full article on", "^read full article at"},
  originally = {"^originally published"},
  this = {"^this article was originally published", "^this article first appeared",
    "^this story was originally published", "^this story first appeared"},
}

-- Plain substrings that mark a boilerplate line wherever they occur.  Only
-- applied to lines of at most ANYWHERE_MAX_WORDS words (a long paragraph may
-- quote such words).
M.ANYWHERE_MAX_WORDS = 40
M.ANYWHERE = {
  {"\xC2\xA9", "copyright"},                 -- ©
  {"(c) 19", "copyright"}, {"(c) 20", "copyright"},
  {"all rights reserved", "copyright"}, {"all right reserved", "copyright"},
  {"hak cipta dilindungi", "copyright"},
  {"scroll to continue", "ad"}, {"read entire article", "related-link"},
  {"google news", "prompt"}, {"wa channel", "prompt"},
  {"whatsapp channel", "prompt"}, {"telegram channel", "prompt"},
  {"tanpa seizin redaksi", "copyright"}, {"tanpa izin redaksi", "copyright"},
  {"trust principles", "copyright"},
  {"silakan login", "prompt"}, {"silahkan login", "prompt"},
  {"untuk menikmati artikel", "prompt"}, {"artikel premium", "prompt"},
  {"berita premium", "prompt"}, {"konten premium", "prompt"},
  {"sign up for", "prompt"}, {"subscribe to", "prompt"},
  -- paywall and donation prompts
  {"berlangganan mulai", "prompt"}, {"langganan mulai", "prompt"},
  {"subscribe from", "prompt"}, {"subscribe for only", "prompt"},
  {"support independent journalism", "prompt"}, {"support our journalism", "prompt"},
  {"journalism needs your support", "prompt"}, {"journalism relies on", "prompt"},
  {"become a supporter", "prompt"}, {"sokong kewartawanan", "prompt"},
  {"dukung kami dengan", "prompt"},
  -- a reader-contribution or channel prompt
  {"kirim tulisan anda", "prompt"}, {"kirimkan tulisan anda", "prompt"},
  -- a newsletter box's small print; donation calls naming the outlet
  {"unsubscribe at any time", "prompt"}, {"by registering, you", "prompt"},
  {"by signing up, you", "prompt"}, {"by subscribing, you", "prompt"},
  {"dengan mendaftar, anda", "prompt"}, {"dengan mendaftar, kamu", "prompt"},
  {"donate now", "prompt"},
  -- a reader-report or membership call ("Kirim foto dan videonya ke
  -- WhatsApp Redaksi ...", "Daftar keahlian dalam talian")
  {"kirim foto dan video", "prompt"}, {"ke whatsapp redaksi", "prompt"},
  {"daftar keahlian", "prompt"}, {"daftar sebagai ahli", "prompt"}, {"berlangganan sekarang", "prompt"}, {"langgan sekarang", "prompt"},
  -- a channel prompt with the outlet's name inside ("Jom sertai saluran
  -- Telegram Contoh untuk ...")
  {"sertai saluran telegram", "prompt"}, {"sertai saluran whatsapp", "prompt"},
  {"join our telegram", "prompt"}, {"join our whatsapp", "prompt"},
  {"gabung saluran whatsapp", "prompt"}, {"gabung ke saluran whatsapp", "prompt"},
  -- a wire story's contributors at its foot ("Name in City contributed
  -- to this report"): no writers, not the story
  {"contributed to this report", "byline"}, {"contributed to this story", "byline"},
  {"contributed reporting", "byline"},
  {"hantar cerita anda", "prompt"}, {"kirim cerita anda", "prompt"},
  {"tap here to follow", "prompt"}, {"follow our channel", "prompt"},
  {"ikuti saluran kami", "prompt"}, {"sertai saluran kami", "prompt"},
  -- an aggregator's note that it reprints other publishers' stories
  {"penerbit pihak ketiga", "disclaimer"}, {"third-party publishers", "disclaimer"},
  {"hak cipta kandungan", "copyright"}, {"hak cipta terpelihara", "copyright"},
  {"donate to", "prompt"}, {"dukung jurnalisme", "prompt"},
  {"klik di sini", "prompt"}, {"click here", "prompt"},
  {"download aplikasi", "prompt"}, {"unduh aplikasi", "prompt"},
  {"cookie", "cookie"}, {"kuki", "cookie"},
  -- an e-paper or e-magazine offer ("Langgan e-Majalah hanya RM3.90
  -- sebulan!")
  {"langgan e-", "prompt"}, {"berlangganan e-", "prompt"}, {"subscribe to the e-", "prompt"},
  {"naskhah digital", "prompt"},
  -- an embedded post's text ends with its picture link
  {"pic.twitter.com/", "embed"},
  {"baca juga:", "related-link"}, {"baca juga :", "related-link"},
  -- a partner's content the host disowns
  {"tidak bertanggung jawab atas isi", "disclaimer"},
  {"tidak bertanggungjawab atas isi", "disclaimer"},
  {"tidak bertanggungjawab ke atas kandungan", "disclaimer"},
  {"is not responsible for the content", "disclaimer"},
  -- a blog platform's note that a post is its writer's, not the desk's
  -- ("... menjadi tanggung jawab penulis dan tidak mewakili pandangan
  -- redaksi", "The views expressed are the author's own")
  {"tidak mewakili pandangan redaksi", "disclaimer"},
  {"tidak mencerminkan pandangan redaksi", "disclaimer"},
  {"tidak mewakili sikap redaksi", "disclaimer"},
  {"tidak semestinya mencerminkan pandangan", "disclaimer"},
  {"tidak mewakili pandangan sidang pengarang", "disclaimer"},
  {"do not necessarily reflect the views", "disclaimer"},
  {"do not necessarily represent the views", "disclaimer"},
  {"does not represent the views of the editor", "disclaimer"},
  -- a republishing licence under the story ("published under a Creative
  -- Commons licence; you may republish it ...")
  {"creative commons", "copyright"}, {"you may republish", "copyright"},
  {"republish this article", "copyright"}, {"terbitkan semula artikel ini", "copyright"},
  -- podcast and newsletter calls ("Listen now on Spotify", "Sign up here")
  -- a quiz's or contest's prize call ("Jawab dan menangi ...", "Answer and win ...")
  {"jawab dan menangi", "prompt"}, {"jawab dan menangkan", "prompt"},
  {"answer and win", "prompt"}, {"jawab & menangi", "prompt"},
  {"listen now on", "prompt"}, {"apple podcasts", "prompt"}, {"dengarkan sekarang di", "prompt"},
  {"dengarkan di spotify", "prompt"}, {"sign up here", "prompt"}, {"sign up now", "prompt"},
  {"edisi hari ini sudah terbit", "prompt"}, {"edisi hari ini telah terbit", "prompt"},
  -- an editor's note that names were changed ("Some names in this story
  -- have been changed ...", "Nama narasumber telah diubah ...")
  {"names have been changed", "disclaimer"}, {"names in this story have been changed", "disclaimer"},
  {"names in this article have been changed", "disclaimer"}, {"name has been changed", "disclaimer"},
  {"names were changed", "disclaimer"}, {"nama narasumber telah diubah", "disclaimer"},
  {"nama narasumber disamarkan", "disclaimer"}, {"nama-nama dalam berita ini", "disclaimer"},
  {"nama dalam artikel ini telah", "disclaimer"}, {"nama dalam berita ini telah", "disclaimer"},
  {"nama sebenar dirahsiakan", "disclaimer"}, {"nama telah ditukar", "disclaimer"},
  -- an aggregator's or reader app's note on whose content it shows
  {"adalah agregator berita", "disclaimer"}, {"merupakan agregator berita", "disclaimer"},
  {"ialah agregator berita", "disclaimer"}, {"is a news aggregator", "disclaimer"},
  {"tanggung jawab penerbit", "disclaimer"}, {"tanggungjawab penerbit", "disclaimer"},
  {"responsibility of the publisher", "disclaimer"},
  -- a chart's link to its data ("Research: Download the data (XLSX)")
  {"download the data", "chart"}, {"unduh data", "chart"}, {"muat turun data", "chart"},
  {"download data", "chart"}, {"download the chart", "chart"},
  -- the logo's link: "The Guardian - Back to home"
  {" - back to home", "nav"}, {" - kembali ke beranda", "nav"},
}

-- The last word of a promotion's label: a line that opens with a label of at
-- most four words ending in one of these, then a colon ("Asia Weekly
-- newsletter: ...", "Example Podcast: ...") promotes it.
M.PROMO_LABELS = {newsletter = true, podcast = true, podcasts = true, buletin = true,
  siniar = true, ["e-newsletter"] = true}

-- Section names of news sites' menus (id/ms/en, lower-cased): a line of
-- capitalised words most of which are these is a menu bar printed without
-- separators ("Beranda Nasional Ekonomi Olahraga Opini"), never a headline.
M.SECTION_NAMES = {}
for w in ([[beranda home utama news berita nasional national politik politics ekonomi
  economy bisnis business olahraga sukan sport sports hiburan entertainment lifestyle
  gaya tekno teknologi tech technology opini opinion video videos foto photos indeks
  index dunia world internasional international regional daerah semasa hukum kriminal
  jenayah kesehatan kesihatan health otomotif automotive travel wisata pelancongan
  pendidikan edukasi sains science seleb selebriti viral trending terkini terpopuler
  metro megapolitan bola sepakbola nusantara global asia asean life culture budaya
  agama religi kolumnis columns columnists properti property finance keuangan
  kewangan markets pasar galeri gallery infografis podcast live tv epaper e-paper
  wanita women keluarga family kuliner food makanan komuniti community edisi
  global analisis analysis features feature rencana pendapat tempatan local]]):gmatch("%S+") do
  M.SECTION_NAMES[w] = true
end

-- Function words (id/ms/en, lower-cased) left out when a headline
-- candidate's words are compared with the lead's (clean.lua): only content
-- words tell that two lines tell the same story.
M.FUNCTION_WORDS = {}
for w in ([[yang dan dari ini itu dengan untuk pada tidak dalam akan juga adalah
  oleh atau telah sudah mereka kami kita dia para sebagai antara lebih serta namun
  bagi secara tersebut masih kata hingga ada apa bisa kepada daripada bahawa bahwa
  ialah iaitu tetapi tapi saat ketika selepas setelah sejak the and for that with
  was from are has have will this its not but who which when after into over than
  about their they were been said says]]):gmatch("%S+") do
  M.FUNCTION_WORDS[w] = true
end

-- Words of a donation box: a line holding one of these and a bank account
-- number ("Infaq: Bank Contoh 1234 5678 9012") is the box (clean.lua).
M.DONATION_WORDS = {"infaq", "infak", "sumbangan", "derma", "donasi", "donate",
  "donation", "zakat", "sedekah", "wakaf", "rekening", "akaun", "account no",
  "no. akaun", "bank"}

-- Day parts and their abbreviations that a live blog's entry stamp may carry
-- after the clock ("7:30 pagi, 29 Dis", "4.15 ptg").
M.DAY_PARTS = {pagi = true, petang = true, malam = true, siang = true, sore = true,
  pg = true, ptg = true, mlm = true, tengahari = true, ["tengah"] = true}

-- Calls to action that end an ad's text ("..., Pesan Sekarang"): a line
-- right under an ad label that ends with one of these is the ad (clean.lua).
M.AD_OFFERS = {"% off", "for only ", "discount", "diskon", "potongan harga", "hanya rm",
  "hanya rp", "mulai dari rp", "serendah rm", "book now", "order now", "reserve yours",
  "beli sekarang", "pesan sekarang", "tempah sekarang", "dapatkan sekarang", "limited offer",
  "promo terbatas", "tawaran terhad"}
M.AD_CALLS = {"sekarang", "now", "hari ini", "today", "di sini", "here", "segera",
  "disini", "sekarang juga", "shop now", "learn more", "ketahui lebih lanjut"}

-- Prompt words: a short line holding one of these near the end of a page is
-- a subscription or app prompt even when no rule above names it.
M.PROMPT_WORDS = {"login", "langganan", "berlangganan", "subscribe",
  "premium", "e-paper", "epaper", "newsletter", "aplikasi", "download",
  "unduh", "follow", "ikuti", "channel", "saluran", "notifikasi"}

-- Kicker labels that open a headline before a colon or a dash ("LANGSUNG:
-- ...", "LIVE - ...", "EKSKLUSIF: ..."), lower case: no dateline's place.
M.KICKERS = {}
for w in ([[langsung live terkini breaking eksklusif exclusive update
  video foto photos infografik infographic analisis analysis opini opinion
  editorial wawancara interview explainer viral]]):gmatch("%a+") do
  M.KICKERS[w] = true
end
M.KICKERS["berita terkini"] = true
M.KICKERS["breaking news"] = true
M.KICKERS["just in"] = true
M.KICKERS["cek fakta"] = true
M.KICKERS["fact check"] = true
M.KICKERS["siaran langsung"] = true

-- Relative time stamps of aggregators: "3 weeks ago", "2 jam lalu".
M.RELATIVE_TIME = {"^%d+ %a+ ago", "^%d+ %a+ yang lalu", "^%d+ %a+ lalu",
  "^%d+ %a+ lepas", "^%d+%a ago", "^just now", "^baru saja"}

-- Words that may appear in a date-only line besides numbers and the names
-- of days and months.
M.DATE_WORDS = {wib = true, wita = true, wit = true, pukul = true, jam = true,
  gmt = true, utc = true, diperbarui = true, diterbitkan = true,
  dipublikasikan = true, terbit = true, update = true, updated = true,
  published = true, posted = true, am = true, pm = true, myt = true,
  -- Malay clock suffixes ("10:24 PG", "5:40 PTG", "8:15 malam")
  pg = true, ptg = true, pagi = true, petang = true, malam = true, mlm = true,
  tengahari = true,
  ["waktu"] = true, ["setempat"] = true, ["hari"] = true, ["tanggal"] = true,
  ["on"] = true, ["at"] = true, ["dikemaskini"] = true,
  kemaskini = true, diperbaharui = true, disiarkan = true, first = true,
  last = true, modified = true, sgt = true, ict = true,
  -- a print edition's page ("Sat, Jul 26, 2025 - Page 2")
  page = true, halaman = true, edition = true, edisi = true,
  -- a reading time after the stamp ("3 Mac 2025 \xC2\xB7 6 minit bacaan",
  -- "Oct 2, 2025 \xC2\xB7 4 min read", "5 menit baca")
  min = true, mins = true, minit = true, menit = true, minutes = true,
  read = true, baca = true, bacaan = true, membaca = true}
-- Time-zone abbreviations of the region and of the wires' home cities.
for z in ([[pht hkt jst kst cst est edt pst pdt bst cet cest ist aest aedt
  nzst nzdt awst wst et pt ct]]):gmatch("%a+") do M.DATE_WORDS[z] = true end

return M
