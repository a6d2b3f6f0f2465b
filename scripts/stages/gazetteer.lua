-- General gazetteer of the news pipeline: world and Indonesian/Malaysian
-- places, organisations, well-known public figures, person titles and the
-- vocabulary of institution names.  One name per line; general knowledge,
-- not built from any labelled sample.  Acronyms written in capitals match
-- only in capitals ("AS" the country, not "as").

return {

-- Places: scripts/stages/places.lua holds the list; here only the spellings
-- and short forms it leaves out.
location = [[
Korut
Korsel
Libanon
Saudi
Hungaria
Cuba
Mekkah
Ho Chi Minh
Johor Baru
Soekarno-Hatta
-- the British spelling of the region
South-east Asia
]] .. "\n" .. require "stages.places",  -- the region's provinces, regencies, districts and cities

organization = [[
PBB
Perserikatan Bangsa-Bangsa
United Nations
UN
Dewan Keamanan PBB
UN Security Council
Majelis Umum PBB
NATO
ASEAN
APEC
G20
G7
BRICS
OPEC
OKI
Organisasi Kerja Sama Islam
Uni Eropa
European Union
EU
Komisi Eropa
European Commission
Uni Afrika
African Union
Liga Arab
Arab League
WHO
Organisasi Kesehatan Dunia
World Health Organization
WTO
IMF
Dana Moneter Internasional
International Monetary Fund
Bank Dunia
World Bank
Asian Development Bank
ADB
UNICEF
-- the UN's programmes are agencies (their "Programme" is no event's)
World Food Programme
WFP
United Nations Development Programme
UNDP
United Nations Environment Programme
UNEP
UNESCO
UNHCR
UNRWA
IAEA
ICC
Mahkamah Pidana Internasional
ICJ
Mahkamah Internasional
Interpol
Palang Merah
Palang Merah Indonesia
PMI
Red Cross
ICRC
Amnesty International
Human Rights Watch
Greenpeace
Reuters
AFP
Agence France-Presse
AP
Associated Press
Bloomberg
KCNA
Yonhap
Xinhua
TASS
RIA Novosti
Interfax
Kyodo
Kyodo News
NHK
BBC
CNN
CNBC
CNBC Indonesia
CNN Indonesia
Al Jazeera
Aljazeera
CNA
Channel News Asia
ChannelNewsAsia
Bernama
Antara
LKBN Antara
Kompas
Kompas.com
Tempo
Detik
Detikcom
Liputan6
Tribunnews
Republika
Bisnis Indonesia
Kontan
Jakarta Post
The Jakarta Post
Media Indonesia
Jawa Pos
Sputnik
Fox News
New York Times
The New York Times
Washington Post
The Washington Post
Wall Street Journal
The Wall Street Journal
Financial Times
The Guardian
Guardian
The Economist
Nikkei
Nikkei Asia
South China Morning Post
SCMP
Straits Times
The Straits Times
The Star
Malaysiakini
Utusan Malaysia
Berita Harian
Harian Metro
Sinar Harian
New Straits Times
Astro Awani
Global Times
Politico
Axios
Telegraph
The Telegraph
Independent
Pentagon
Gedung Putih
White House
Kremlin
Departemen Luar Negeri AS
Departemen Pertahanan AS
State Department
Kongres AS
Senat AS
CIA
FBI
NSA
Federal Reserve
The Fed
Hamas
Hizbullah
Hezbollah
Houthi
Taliban
ISIS
Al-Qaeda
Al Qaeda
Jemaah Islamiyah
Fatah
DPR
DPR RI
Dewan Perwakilan Rakyat
MPR
Majelis Permusyawaratan Rakyat
DPD
DPRD
KPK
Komisi Pemberantasan Korupsi
Polri
Kepolisian Republik Indonesia
Mabes Polri
Bareskrim
Bareskrim Polri
Densus 88
TNI
Tentara Nasional Indonesia
TNI AD
TNI AL
TNI AU
Kopassus
BIN
Badan Intelijen Negara
Bank Indonesia
BI
OJK
Otoritas Jasa Keuangan
BPS
Badan Pusat Statistik
BMKG
BNPB
BPBD
Basarnas
KPU
Bawaslu
DKPP
MK
Mahkamah Konstitusi
MA
Mahkamah Agung
Kejaksaan Agung
Kejagung
KY
Komisi Yudisial
Komnas HAM
KPAI
Ombudsman
BPK
Badan Pemeriksa Keuangan
BPKP
BRIN
BPOM
BNN
BNPT
BPJS
BPJS Kesehatan
BPJS Ketenagakerjaan
Bappenas
Kemenkeu
Kementerian Keuangan
Kemlu
Kementerian Luar Negeri
Kemenlu
Kemenhan
Kementerian Pertahanan
Kemendagri
Kementerian Dalam Negeri
Kemenkes
Kementerian Kesehatan
Kemendikbud
Kemendikbudristek
Kemenag
Kementerian Agama
Kemenkumham
Kemensos
Kementerian Sosial
Kemnaker
Kemenaker
Kemenhub
Kementerian Perhubungan
Kementan
Kementerian Pertanian
Kemendag
Kementerian Perdagangan
Kemenperin
Kementerian Perindustrian
Kementerian ESDM
Kementerian BUMN
Kemenkominfo
Kominfo
Komdigi
Kemenpar
Kemenparekraf
Kemenpora
Sekretariat Negara
Setneg
Istana Kepresidenan
Istana
Pertamina
PLN
Telkom
Telkomsel
Garuda Indonesia
BRI
Bank Rakyat Indonesia
BNI
Bank Negara Indonesia
Bank Mandiri
Mandiri
BCA
Bank Central Asia
BSI
Bank Syariah Indonesia
BTN
Danantara
Freeport
Freeport Indonesia
Inalum
MIND ID
Antam
KAI
PT KAI
Angkasa Pura
Pelindo
Bulog
Perum Bulog
Pemprov DKI
Pemprov DKI Jakarta
PDI-P
PDIP
PDI Perjuangan
Gerindra
Partai Gerindra
Golkar
Partai Golkar
PKB
PKS
NasDem
Partai NasDem
Partai Demokrat
PAN
PPP
Perindo
PSI
Hanura
Partai Buruh
NU
Nahdlatul Ulama
PBNU
Muhammadiyah
PP Muhammadiyah
MUI
Majelis Ulama Indonesia
KADIN
Kadin
Apindo
IDI
PSSI
KONI
UMNO
PKR
DAP
PAS
Bersatu
Barisan Nasional
Pakatan Harapan
Perikatan Nasional
PDRM
Polis Diraja Malaysia
SPRM
MACC
Bank Negara Malaysia
Petronas
Dewan Rakyat
Dewan Negara
Parlimen
Jabatan Perdana Menteri
Angkatan Tentera Malaysia
Tabung Haji
FELDA
Kementerian Kesihatan
Google
Apple
Microsoft
Meta
Amazon
Tesla
SpaceX
OpenAI
Nvidia
Samsung
Huawei
Toyota
Honda
Hyundai
Alibaba
Tencent
ByteDance
Shopee
Tokopedia
Gojek
Grab
GoTo
Bukalapak
Traveloka
Boeing
Airbus
Lockheed Martin
Gazprom
Rosneft
Aramco
Saudi Aramco
Wagner
Grup Wagner
Wagner Group
Walhi
WALHI
YLBHI
ICW
Kontras
KontraS
LBH
PBSI
KOI
FIFA
AFC
UEFA
IOC
BWF
House of Representatives
Ministry of Health
MOH
Singapore Armed Forces
Tenaga Nasional
Universitas Indonesia
UI
Universitas Gadjah Mada
UGM
ITB
Institut Teknologi Bandung
IPB
Universitas Airlangga
Universiti Malaya
Harvard
Harvard University
Oxford
Oxford University
MIT
Lion Air
Batik Air
Wings Air
Super Air Jet
Citilink
Pelita Air
TransNusa
Sriwijaya Air
AirAsia
Indonesia AirAsia
AirAsia X
Malaysia Airlines
Firefly
MASwings
Singapore Airlines
Scoot
Thai Airways
Thai AirAsia
Bangkok Airways
Vietnam Airlines
VietJet
Vietjet Air
Bamboo Airways
Philippine Airlines
Cebu Pacific
Cathay Pacific
Qantas
Jetstar
Emirates
Qatar Airways
Etihad
Saudia
Turkish Airlines
Korean Air
Japan Airlines
ANA
China Airlines
China Southern
China Eastern
Air China
Lufthansa
Air France
KLM
British Airways
United Airlines
Delta Air Lines
American Airlines
Persebaya Surabaya
Persebaya
Persib Bandung
Persib
Persija Jakarta
Persija
Persik Kediri
Persik
Persis Solo
Persis
Persita Tangerang
Persita
PSIS Semarang
PSIS
PSM Makassar
PSM
PSS Sleman
PSS
PSBS Biak
Arema FC
Arema
Bali United
Borneo FC
Borneo FC Samarinda
Madura United
Dewa United
Barito Putera
Bhayangkara FC
Semen Padang
Malut United
Persikabo
Persiraja
RANS Nusantara
PT LIB
Johor Darul Ta'zim
JDT
Selangor FC
Kedah Darul Aman
Terengganu FC
Sabah FC
Sri Pahang
Kuala Lumpur City
Negeri Sembilan FC
Penang FC
Perak FC
FAM
Lion City Sailors
Tampines Rovers
Geylang International
Hougang United
Albirex Niigata
Balestier Khalsa
Buriram United
Bangkok United
BG Pathum United
Port FC
Muangthong United
Chiangrai United
Hanoi FC
Cong An Ha Noi
Viettel
Nam Dinh
Hoang Anh Gia Lai
Manchester United
Manchester City
Liverpool
Arsenal
Chelsea
Tottenham Hotspur
Real Madrid
Barcelona
Bayern Munich
Juventus
AC Milan
Inter Milan
Paris Saint-Germain
AFF
BYD
Chery
Wuling
VinFast
Geely
Great Wall Motors
Haval
SAIC
MG Motor
Xpeng
NIO
Li Auto
Zeekr
Neta
Polytron
Daihatsu
Suzuki
Mitsubishi
Mitsubishi Motors
Nissan
Mazda
Subaru
Isuzu
Hino
Kia
Volkswagen
BMW
Mercedes-Benz
Audi
Ford
General Motors
Stellantis
Renault
Proton
Perodua
Astra International
Astra
Indomobil
Hitachi
Panasonic
Sony
Toshiba
Sharp
LG
LG Electronics
Xiaomi
Oppo
Vivo
Lenovo
Foxconn
TSMC
Intel
AMD
Qualcomm
IBM
Oracle
Facebook
Netflix
TikTok
Sea Group
Lazada
Blibli
Gaikindo
GAIKINDO
HIPMI
Dinkes
Dishub
Disdik
Dinsos
Satpol PP
Bakamla
Bapanas
Damkar
Unpad
Unair
Undip
UNS
Unhas
Brawijaya
Universitas Padjadjaran
Universitas Diponegoro
Universitas Brawijaya
Universitas Hasanuddin
UKM
USM
UPM
UiTM
UTM
NUS
NTU
PAGASA
NDRRMC
OCD
DOH
DILG
DPWH
PNP
ICAC
JPAM
APM
Bomba
MAHB
Malaysia Airports
InJourney
KAI Commuter
KCI
MRT Jakarta
LRT Jakarta
Transjakarta
TransJakarta
Jasa Marga
ASDP
Damri
]],

person = [[
Vladimir Putin
Kim Jong Un
Kim Jong-un
Kim Yo Jong
Kim Yo-jong
Xi Jinping
Li Qiang
Joe Biden
Donald Trump
Kamala Harris
JD Vance
Marco Rubio
Pete Hegseth
Elon Musk
Barack Obama
Volodymyr Zelensky
Volodymyr Zelenskiy
Volodymyr Zelenskyy
Zelensky
Zelenskiy
Zelenskyy
Emmanuel Macron
Olaf Scholz
Friedrich Merz
Keir Starmer
Rishi Sunak
Boris Johnson
Giorgia Meloni
Pedro Sanchez
Ursula von der Leyen
Antonio Guterres
Narendra Modi
Shehbaz Sharif
Recep Tayyip Erdogan
Benjamin Netanyahu
Mahmoud Abbas
Ali Khamenei
Masoud Pezeshkian
Mohammed bin Salman
Fumio Kishida
Shigeru Ishiba
Sanae Takaichi
Yoon Suk Yeol
Yoon Suk-yeol
Lee Jae-myung
Lee Jae Myung
Sergei Lavrov
Dmitry Peskov
Alexander Lukashenko
Justin Trudeau
Mark Carney
Anthony Albanese
Lula da Silva
Luiz Inacio Lula da Silva
Javier Milei
Fransiskus
Prabowo Subianto
Prabowo
Joko Widodo
Jokowi
Gibran Rakabuming Raka
Gibran
Ma'ruf Amin
Megawati Soekarnoputri
Megawati
Susilo Bambang Yudhoyono
SBY
Soeharto
Soekarno
BJ Habibie
Sri Mulyani
Sri Mulyani Indrawati
Purbaya Yudhi Sadewa
Anies Baswedan
Ganjar Pranowo
Puan Maharani
Luhut Binsar Pandjaitan
Erick Thohir
Retno Marsudi
Sugiono
Airlangga Hartarto
Bahlil Lahadalia
Tito Karnavian
Listyo Sigit Prabowo
Agus Subiyanto
Sjafrie Sjamsoeddin
Budi Gunadi Sadikin
Nadiem Makarim
Ridwan Kamil
Dedi Mulyadi
Pramono Anung
Khofifah Indar Parawansa
Anwar Ibrahim
Mahathir Mohamad
Najib Razak
Muhyiddin Yassin
Ismail Sabri Yaakob
Ahmad Zahid Hamidi
Lawrence Wong
Lee Hsien Loong
Ferdinand Marcos Jr
Ferdinand Marcos
Bongbong Marcos
Rodrigo Duterte
Sara Duterte
Hun Manet
Hun Sen
Paetongtarn Shinawatra
Thaksin Shinawatra
Anutin Charnvirakul
Min Aung Hlaing
Aung San Suu Kyi
Hassanal Bolkiah
Jose Ramos-Horta
Xanana Gusmao
]],

-- Titles and roles dropped from person names.  Multi-word titles too, and
-- the Brunei and Malay honorifics that run several in a row ("Yang Berhormat
-- Dato Seri Setia Awang Haji X", "Dayang Hajah X", "Tuan Yang Terutama X").
titles = [[
-- forms of address written before a name ("Pak Hendra", "Bu Sari", "Mama
-- Yosina" in Papua, "Cikgu Rohana" for a Malay teacher); the lower-case
-- forms stay person cues
Pak
Bu
Bapak
Ibu
Mama
Cikgu
Councilor
Undersecretary
Under Secretary
Cik
Mdm
Mdm.
Madam
Penganalisis
-- occupations written as a title before a name, mostly opening a sentence
-- ("Desainer Rina Putri memamerkan ...")
Desainer
Designer
Fotografer
Koreografer
Arsitek
Col.
Maj.
Capt.
Sgt.
Cpl.
Brig.
Supt.
Insp.
Atty
Atty.
Engr
Engr.
Tuai Rumah
Presiden
Wakil Presiden
Wapres
Perdana Menteri
PM
Menteri
Menlu
Menhan
Menkeu
Mendagri
Menkes
Wakil Menteri
Wamen
Menteri Luar Negeri
Menteri Pertahanan
Menteri Keuangan
Menko
Paus
Raja
Ratu
Pangeran
Sultan
Kaisar
Kanselir
Kepala
Kepala Pelaksana
Pelaksana Tugas
Plt
Plt.
Exco
ADUN
Timbalan
Timbalan Menteri
Timbalan Perdana Menteri
Ketua Pengarah
Pengarah
Ketua Polis
Ketua Menteri
Ketua Perangkawan
Senior Minister
Senior Minister of State
Minister of State
Kepala Sekretaris
Sekretaris
Sekretaris Jenderal
Sekjen
Sekretaris Kabinet
Seskab
Jenderal
Letnan Jenderal
Mayor Jenderal
Brigadir Jenderal
Laksamana
Marsekal
Kolonel
Letkol
Mayor
Kapten
Letjen
Mayjen
Brigjen
Irjen
Kombes
AKBP
AKP
Kapolri
Kapolda
Kapolres
Panglima
Panglima TNI
Gubernur
Wakil Gubernur
Wagub
Bupati
Wakil Bupati
Wali Kota
Walikota
Wakil Wali Kota
Ketua
Wakil Ketua
Ketua Umum
Ketum
Direktur
Direktur Utama
Dirut
Direktur Jenderal
Dirjen
Komisaris
Juru Bicara
Jubir
Duta Besar
Dubes
Senator
Anggota
Hakim
Jaksa
Jaksa Agung
Pemimpin
Wakil
Pejabat
Komandan
Kepala Staf
Dr
Dr.
Prof
Prof.
Ir
Ir.
H.
Hj.
Haji
Hajjah
Ustaz
Ustadz
KH
Kiai
Habib
Syekh
Datuk
Dato
Dato'
Datuk Seri
Dato' Sri
Tan Sri
Tun
Tuan
Puan
Encik
Perdana Menteri
Menteri Besar
Ahli Parlimen
President
Vice President
Prime Minister
Minister
Foreign Minister
Defence Minister
Defense Minister
Secretary
Secretary-General
Secretary General
Pope
King
Queen
Prince
Princess
Chancellor
Governor
Mayor
Chief
General
Gen.
Admiral
Colonel
Lt.
Spokesman
Spokeswoman
Spokesperson
Ambassador
Director
Chairman
Chairwoman
CEO
Mr
Mr.
Mrs
Mrs.
Ms
Ms.
Sir
Lord
Dame
Judge
Justice
Senator
Rep.
Representative
Lawmaker
Leader
Kasat
Kasat Lantas
Kasat Reskrim
Kasat Narkoba
Kasat Samapta
Kapolrestabes
Kapolresta
Kapolsek
Kasi
Kasi Pidsus
Kasi Intel
Kasi Pidum
Kajari
Kajati
Prakirawan
Forecaster
Pegawai Eksekutif
Ketua Pegawai Eksekutif
Ketua Majelis Hakim
Majelis Hakim
Hakim Ketua
Jaksa Penuntut Umum
Penuntut Umum
Timbalan Pendakwa Raya
Pendakwa Raya
Peguam
Pelatih
Asisten Pelatih
Pelatih Kepala
Head Coach
Coach
Kompol
Kombes Pol
-- and without the stop after a general's rank: "Irjen Pol X"
Irjen Pol
Brigjen Pol
Komjen Pol
Jenderal Pol
-- a police general's rank is followed by "Pol." (of the police): "Irjen Pol. X"
Pol.
-- a firm's communication officers
Corporate Communication
Vice President Corporate Communication
Corporate Secretary
Ipda
Iptu
Aiptu
Bripka
Brigadir
Striker
Kiper
Penjaga Gawang
Gelandang
Bek
Penyerang
Chief Executive
Chief Executive Officer
Managing Director
General Manager
Manajer
Timbalan Ketua Pengarah
Direktur Operasi
Direktur Operasional
Kepala Operasi
Manajer Operasi
Direktur Program
Manajer Program
Kepala Program
Kabid
Kabid Bina Marga
Kepala Bidang
-- a securities firm's head of research and its economists
Kepala Riset
Kepala Ekonom
Pengetua
Pengerusi
Setiausaha
Ketua Setiausaha
Naib Presiden
Penghulu
Timbalan Pengarah
Pengarah Urusan
Kepala Desa
Lurah
Camat
Sekda
Rektor
Dekan
Presiden Direktur
Wakil Direktur
Direktur Keuangan
Wakil Perdana Menteri
Deputy
Deputy Minister
Deputy Prime Minister
Vice-President
Commissioner
Inspector
Superintendent
-- the Malaysian police ranks in Malay ("Asisten Komisioner X", "Inspektor X")
Komisioner
Asisten Komisioner
Penolong Komisioner
Timbalan Komisioner
Superintendan
Asisten Superintendan
Penolong Superintendan
Timbalan Superintendan
Inspektor
Sarjan
Koperal
Konstabel
Captain
-- military and Thai police ranks before a name ("Pol Col X": police colonel)
Commander
Lieutenant
Lieutenant Colonel
Pol Gen
Pol Lt Gen
Pol Maj Gen
Pol Col
Pol Lt Col
Pol Maj
Pol Capt
Pol Lt
Professor
Treasurer
Attorney-General
Attorney General
Chief Minister
Premier
Health Secretary
Home Secretary
Foreign Secretary
Chief Justice
Councillor
Sheikh
Emir
Crown Prince
Chief Operating Officer
Chief Financial Officer
Founder
Co-founder
Goalkeeper
Midfielder
Winger
Direktur Eksekutif
Executive Director
Naib Canselor
Canselor
Ketua Eksekutif
Pengarah Eksekutif
Chair
Commodore
Rear Admiral
Vice Admiral
Engr.
Yang Berhormat
Yang Amat Berhormat
Yang Mulia
Yang Amat Mulia
Yang Berbahagia
Yang Terutama
Tuan Yang Terutama
Dato Seri
Dato Seri Setia
Dato Seri Paduka
Dato Paduka
Pehin
Awang Haji
Dayang Hajah
-- alone too: the Bruneian "Mr" and "Ms" before a name with bin/binti
Awang
Dayang
-- the civil service's permanent secretaries (Brunei, Malaysia)
Setiausaha Tetap
Timbalan Setiausaha Tetap
-- a Cambodian honorific of business tycoons, and a profession before a name
Oknha
Analyst
Hajah
Pengiran
Pemangku
Pemangku Pengarah
Pengurus
Pengurus Besar
Guru Besar
Datuk Amar
-- the mayor of Kuala Lumpur and of other Malaysian cities
Datuk Bandar
Datuk Patinggi
Daw
]],

-- First words that open an organisation name.
org_heads = [[
Perusahaan
Perum
Bahagian
Komite
Perumda
Kelab
Bursa
Paguyuban
Kementerian
Kemenko
Dewan
Badan
Komisi
Majelis
Mahkamah
Partai
Universitas
Universiti
Institut
Lembaga
Kantor
Pengadilan
Kejaksaan
Kepolisian
Polda
Polres
Polsek
Kodam
Korem
Kodim
Angkatan
Pasukan
Direktorat
Jabatan
Suruhanjaya
Persatuan
Pertubuhan
Kesatuan
Majlis
Yayasan
Asosiasi
Ikatan
Himpunan
Perhimpunan
Gabungan
Serikat
Federasi
Konfederasi
Kamar
Otoritas
Satuan
Satgas
Korps
Markas
Sekretariat
Pemprov
Pemkot
Pemkab
Bank
PT
CV
Dinas
Pusat
Unit
Balai
Ministry
Department
Council
Agency
Commission
Committee
Party
University
Institute
Court
Office
Bureau
Authority
Association
Federation
Union
Parliament
Parlemen
Kongres
Congress
Senate
Senat
Kejari
Kejati
Kejagung
Polrestabes
Polresta
Polrestro
Ditlantas
Ditreskrimum
Ditreskrimsus
RSUD
RSUP
Puskesmas
Koperasi
Hospital
Administration
-- a craft's or trade's guild ("Contoh Weavers' Guild")
Guild
Directorate
Sekolah
SMA
SMK
SMP
Politeknik
Akademi
Tentera
Agensi
Pentadbiran
Organisasi
Center
Centre
-- Malay committees and corporations, Indonesian farmers' groups
Jawatankuasa
Perbadanan
Kelompok
]],

-- Capitalised words that continue an organisation name after its head.
org_words = [[
Luar Negeri Dalam Keamanan Nasional Pertahanan Keuangan Agama Kesehatan
Pendidikan Kebudayaan Riset Teknologi Perdagangan Perindustrian Pertanian
Perhubungan Unifikasi Reunifikasi Umum Rakyat Daerah Perwakilan Agung
Konstitusi Tinggi Negara Republik Sosial Hukum HAM Hak Asasi Manusia
Lingkungan Hidup Kehutanan Energi Sumber Daya Mineral Kelautan Perikanan
Pariwisata Ekonomi Kreatif Tenaga Kerja Ketenagakerjaan Investasi BUMN
Komunikasi Informatika Digital Pemuda Olahraga Desa Pembangunan Perumahan
Koordinator Bidang Politik Pemberantasan Korupsi Pemilihan Pengawas Pemilu
Pusat Statistik Intelijen Strategis Penanggulangan Bencana Meteorologi
Klimatologi Geofisika Pengawasan Obat Makanan Narkotika Terorisme
Pencarian Pertolongan Penyelenggara Kehormatan Pemeriksa Perencanaan
Permusyawaratan Keadilan Militer Darat Laut Udara Bersenjata Khusus Staf
Gabungan Kepresidenan Kabinet Sekretariat Utama Bersama Dunia Internasional
Eropa Islam Syariah Indonesia Malaysia Muslim Islamic Arab Timur Barat
Utara Selatan Tengah Raya Jenderal Kriminal Reserse Lalu Lintas Siber
Imigrasi Pemasyarakatan Cukai Pajak Bea Anggaran Perbendaharaan
Kependudukan Catatan Sipil Transmigrasi Tertinggal Koperasi UKM Usaha
Kecil Menengah Pangan Gizi Air Minum Pekerjaan Tata Ruang Agraria Minyak Gas Bumi
Listrik Wiraswasta
Pertanahan Perempuan Anak Perlindungan Sekolah Tinggi Ilmu Kedokteran
Teknik Negeri Swasta Foreign Affairs Defence Defense Security Home
Finance Treasury Justice Health Education Trade Commerce Industry
Agriculture Transport Energy Interior State National Federal Central
General Supreme Constitutional Human Rights Intelligence Unification
Armed Forces Army Navy Air Force Police Public Civil Service Elections
Electoral Relations Development Planning Investment Communications
Information Environment Affairs Labour Labor Welfare Social Science
Technology Research Economic Economy Monetary Fund Reserve Exchange
Stock Securities Insurance Development Reconstruction Cooperation
Emergency Disaster Management Immigration Customs Revenue Tax Audit
Tourism Hotel Hotels Restaurant Restaurants Indonesian Malaysian Singaporean Philippine
Anti-Corruption Prosecutor Prosecutors Attorney Attorney-General
Tentera Diraja Polis Kesihatan Kewangan Pendidikan Pelajaran Perpaduan
Perumahan Tempatan Kerajaan Persekutuan Pilihan Raya Pencegahan Rasuah
Tipikor
Sesyen
Majistret
Rayuan
Syariah
Penataan
Ruang
Tanaman
Hortikultura
Perkebunan
Peternakan
Kendaraan
Bermotor
Awam
Bomba
Penyelamat
Atmospheric
Geophysical
Astronomical
Services
Aviation
Food
Drug
Risk
Reduction
Defense
Protection
Weather
Meteorological
Transportation
Highways
Works
Statistics
Census
Prosecution
Anti
Graft
Care
Ambulance
Chamber
Commerce
Bina
Marga
Pengurusan
Pemasaran
Kastam
Am
Marketing
Products
Agricultural
Fire
Coast
Perekonomian
Kemaritiman
Perjuangan
Rescue
Jaminan Penjaminan
Disiplin Kebangsaan Penguatkuasaan International
Studies Strategic Power Grid Siasatan Jenayah
-- English and Malay names of agencies and offices: "Agriculture, Forestry
-- and Fisheries", "Pengurusan Sisa Pepejal", "Pamong Praja"
Forestry Fisheries Meteorology Climatology Geophysics Futures
Polisi Pamong Praja Teknis Bertindak Penduduk Tanah Sisa Pepejal Pembersihan
Tani Pemadam Kebakaran Penyelamatan
-- and the field an English ministry or department joins with "and":
-- "Natural Resources and Environment", "Tourism and Culture"
Natural Resources Environment Mines Culture
-- a language edition of an outlet or a broadcaster ("... english")
English
]],

-- Heads of place names: "Provinsi X", "Kabupaten X", "Wilayah X".
loc_heads = [[
Provinsi
Kabupaten
Kota
Kecamatan
Kelurahan
Desa
Kampung
Pulau
Kepulauan
Wilayah
Kawasan
Daerah
Distrik
Negara Bagian
Selat
Teluk
Laut
Gunung
Sungai
Kali
Danau
Tanjung
Semenanjung
Province
State
Region
District
County
City
Island
Islands
Negeri
Bandar
Stadion
Bandara
Pelabuhan
Terminal
Pasar
Stadium
Airport
Jembatan
Jambatan
Bendungan
Waduk
Tol
Gedung
Alun-alun
Taman
Pantai
Masjid
Gereja
Pura
Candi
Istana
Monumen
Museum
Jalan
Bangunan
Lapangan
Menara
Wisma
Kompleks
Perairan
Bahagian
Batang
Halte
Telok
-- the Malay railway station; the town square as often written with two capitals
Stesen
Alun-Alun
-- Malay roads and highways, a Malay square, a jetty; Thai canals and temples
Lebuhraya
Lorong
Persiaran
Dataran
Jeti
Khlong
Wat
-- villages and their parts in Indonesian regions: a hamlet, a Minangkabau
-- village and its part, a Lampung and an Acehnese village
Dusun
Nagari
Jorong
Pekon
Gampong
]],

-- Place heads (also in loc_heads) after which a name may run several
-- words: buildings, stations, ports, markets, dams.
place_heads = [[
Stadion Bandara Stasiun Pelabuhan Terminal Pasar Jembatan Jambatan Bendungan
Waduk Gedung Taman Pantai Masjid Gereja Pura Candi Istana Monumen Museum
Jalan
Bangunan Lapangan Menara Wisma Kompleks Stadium
Halte
Stesen Alun-alun Alun-Alun
-- a canal or a temple in thailand, a highway in malaysia
Khlong Wat Lebuhraya
]],

-- Capitalised words that never name a person on their own (sentence
-- openers, days, months, generic nouns often written with a capital).
common = [[
Namun Sementara Selain Menurut Dalam Pada Para Seorang Sebanyak Sekitar
Meski Meskipun Jika Kini Hal Ia Dia Mereka Kami Kita Saya Ini Itu Tidak
Untuk Dengan Dari Sejak Setelah Sebelum Saat Ketika Bahkan Juga Bagi
Kemudian Adapun Terkait Sebagai Langkah Sedangkan Oleh Karena Apalagi
Pihak Di Ke Dan Yang Atau Tetapi Tapi Lalu Maka Sehingga Agar Supaya
Bila Apabila Walaupun Walau Hingga Sampai Selama Tanpa Atas Bawah Antara
Baik Semua Seluruh Beberapa Banyak Sebagian Tiap Setiap Masing-masing
Pemerintah Media Rakyat Warga Negara Negara-negara Militer Tentara Pasukan
Perang Dunia Barat Timur Utara Selatan Tengah Laporan Berita Kabar
Sumber Foto Video Baca Juga Simak Lihat Editor Penulis Reporter Tags
Senin Selasa Rabu Kamis Jumat Sabtu Minggu Ahad Isnin Khamis Jumaat
Januari Februari Maret April Mei Juni Juli Agustus September Oktober
November Desember Julai Ogos Disember Mac
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
March May June July August October December
The A An In On At But And It He She They We I This That These Those
According However Officials Analysts Thousands Police Critics Prices
Meanwhile Also After Before When While If As For From With By Of To
His Her Their Our Its Some Many Most Other Another Such Both Each
Mr Mrs Ms Dr Prof
Bagaimanapun Beliau Selepas Semasa Kerajaan Manakala Menurutnya Katanya
Pengerahan Kolaborasi Dukungan Kondisi Keterlibatan Reaksi Kerja Sama
Kegelisahan Ribuan Ratusan Puluhan Jutaan Korban Pejabat Presiden Menteri
Kepala Ketua Juru Bicara Wakil Anggota Pemimpin Rezim Sekutu Mitra
Analis Ahli Pakar Pengamat Intelijen Kantor Berita Resolusi Sanksi
Piagam Perjanjian Operasi Program Proyek Undang-Undang Pasal Peraturan
Keputusan Surat Pemilu Pilkada Pilpres Piala Olimpiade Liga Festival
KTT Konferensi Hari Tahun Bulan Pekan Ramadan Idul Fitri Natal Lebaran
All Tim Ketika Diketahui Dikutip Dilansir Disebutkan Dikatakan Terlepas
Internasional Nasional Regional Global Lokal Islam Kristen Katolik Hindu
Buddha Muslim Barat Timur
Pidana Perdata Tindak Seksi Kasus Perkara Sidang Persidangan Vonis Putusan Dakwaan Tuntutan
Sejumlah Seramai Sebahagian Kebanyakan
Hokkien Cantonese Teochew Hakka Hainanese Mandarin
Rp
-- a block of flats or of a business park, "Block 4", "Block C"
Block
-- a government or its cabinet named by its level, as the state government
Government Cabinet
]],

-- Words that make a capitalised run an event, programme, law or product,
-- never an entity ("Merdeka Generation", "Regulation No. 22", "Piala Dunia").
event_words = [[
Generation Programme Program Scheme Act Bill Law Regulation Regulations
-- a numbered regulation, "Perda Nomor 5 Tahun 2023"
Nomor
Decree Cup Games Championship Championships Open Festival Summit Award
Awards Prize Day Week Expo Fair Olympics Olympic Series League Tour
Peraturan Undang-Undang Perpres Perppu Keppres Permen Inpres Piala
Olimpiade Kejuaraan Turnamen Festival Pekan Hari Gerakan Operasi Skema
Akta Rang Anugerah Liga Pameran Konferensi Kongres Muktamar Musyawarah
Pilkada Pemilu Pilpres Proyek Projek Program Rancangan Dasar Pelan
Ordinance
Code
Kanun
Keseksaan
Undang-undang
Qanun
Perda
Pergub
Perwal
Perbup
Treaty
Accord
Agreement
Convention
Charter
Typhoon Topan Badai Siklon Hurricane Cyclone Storm Taufan Ribut
Pesta
Indeks
Index
Line
Kajian
Premium
Class
Bus
Signal
-- a carnival and a campaign; a system and a credit scheme of a government
Karnival Kempen Sistem Kredit
]],

-- Last words that close an organisation name ("Industry Ministry",
-- "Malaysia Data Centre Association", "Tenaga Nasional Bhd").
org_tails = [[
Ministry Association Bhd Berhad Corporation Corp Inc Ltd Limited Group Bank
Council Agency Commission Institute University Hospital Polyclinics
Polyclinic Clinic Party Authority Department Office Board Foundation
Company Tbk Federation Union Organisation Organization Society Network
Airlines Airways Holdings Securities Police Court Parliament Assembly
Committee Bureau Secretariat Ombudsman Exchange Academy College School Chamber
FC United Industries Technologies Enterprises Ventures Motors Pharmaceuticals
Properties Telecom Co Herald Tribune Gazette
Daily Post Times Journal News
Administration
-- a craft's or trade's guild ("Contoh Weavers' Guild")
Guild
Center
Centre
Guard
Service
Logistics
Force
Army
Monitor
Observatory
Sekuritas
-- "X Asset Management", "Y Fund Management"
Management
]],

-- Lower-case nouns right before a name that make it an organisation's
-- ("the union Unison", "perusahaan Sinar Mas", "syarikat Petronas").
org_nouns = [[
union firm company carrier airline lender insurer conglomerate automaker
carmaker retailer broker brokerage startup start-up broadcaster newspaper
club perusahaan emiten maskapai klub syarikat kelab parti partai saham
monitor watchdog regulator
consultancy consultant
]],
-- The same before "of": "shares of X", "striker of X".
org_nouns_of = [[
shares striker coach midfielder defender goalkeeper captain subsidiary unit
]],

-- Common given names and family names (lower case, general knowledge):
-- one of them in an unknown run of capitalised words is evidence that the
-- run names a person (entities.lua; without evidence such a run may as well
-- be a place, an event or a product).  Words that are also common nouns or
-- place words ("jaya", "indah", "baru", "sari") are left out.
given_names = [[
-- Indonesian and Malay
abdul adi aditya agus agung ahmad akbar ali amir andi andri anggraeni
anisa annisa anwar ari arif arifin aris arya asep aziz azizah bambang
bayu benny budi budiman cahyono dani darmawan dedi dedy deni dewi dian
dimas diana dodi dwi eka eko endang erwin evi fadli fahmi fajar faisal
farid fauzi febri ferdinand fikri fitri fitriani gunawan hadi hamzah
handayani haris harun haryanto haryono hasan hendra hendrik heri hermawan
hidayat ibrahim iksan ilham imam indra irfan irwan iskandar ismail iwan
joko kurniawan kusuma lestari lina lukman mahmud marlina maulana
muhammad mohammad mohamad mohd muhd nadia nanda nugroho nur nurul nurdin
nuraini prasetyo pratama puspita putri rahayu rahman rahmat rahmawati
ratna reza ridwan rina rini riza rizki rizky rosita rudi ryan saputra
saputri sari setiawan siti slamet sri suharto sulaiman supriadi supriyadi
suryadi susanto susilo syafiq syahrul syamsul taufik teguh tri umar
utami wahyu wahyudi wati widodo wibowo wijaya windi wulandari yanti
yoga yudi yulia yuliana yusuf zainal zulkifli zakaria roslan rosli
ariffin hakim hafiz haziq danial farah aisyah amirah nabila syafiqah
aminah fatimah khadijah hassan hussein osman yahya yunus rashid saputro prasetya
yohanes yosef petrus paulus stefanus fransiskus agustinus antonius
yakobus markus matius ignatius edwin
azman azmi hamid halim kamal karim latif malik nasir rosnah rohani
salleh samad shafie sharifah syed wan zaidi zainudin
-- English and other European
adam alan alex alexander alice amanda andrew angela anna anne anthony
barbara ben benjamin brian carlos catherine charles chris christopher
claire daniel david edward elizabeth emily emma eric frank george
helen henry jack james jane jason jennifer jessica john jonathan joseph
julia karen kevin laura linda lisa lucas marco maria mark martin mary
matthew michael michelle nicholas oliver patrick paul peter philip
rachel rafael richard robert rodrigo sarah sergei simon sophie stephen
steven thomas timothy victoria william pierre jean juan jose luis
antonio eduardo esteban francisco pedro miguel hans jonas lars magnus
nikolai ivan vladimir dmitry olga anders erik
-- Chinese, Korean, Japanese and Vietnamese family names (first) and a few given names
tan lim lee ng wong chan cheung chong chew goh ong teo yeo koh chua
low tay wang zhang liu chen yang huang zhao zhou xu sun zhu guo
lin hsu hii kim park choi jung kang cho yoon jang nguyen tran pham
hoang huynh phan dang nguyễn trần phạm thị văn thi
hiroshi takeshi kenji yuki akira
-- Indian
kumar raj rajesh ravi suresh ramesh ganesh krishnan pillai nair
subramaniam muthu murugan arumugam devi lakshmi priya anand vijay
-- Thai, Khmer, Lao and Burmese
somchai sok sokha chan aung kyaw min thein zaw
]],

-- Words next to a person's name (lower case): before it ("warga Budi
-- Santoso", "Pak Hendra") or after a comma ("Budi Santoso, warga Bekasi",
-- "X, a resident of", "X, who"); with a title in lower case these are
-- evidence that an unknown run names a person.
person_cues = [[
warga penduduk resident residents who whose seorang pelajar mahasiswa
student petani farmer nelayan fisherman pedagang trader vendor pemilik
owner istri isteri suami wife husband ibu ayah bapak mother father
daughter son aged berusia berumur pak bu mr ms mrs encik puan
-- occupations and roles in lower case before a name ("the economist X",
-- "peneliti X", "penjaja X")
economist analyst researcher scientist lawyer activist teacher nurse driver
worker labourer laborer villager shopkeeper artist writer author historian
journalist photographer survivor victim retiree pensioner housewife
ekonom peneliti pengamat dosen guru buruh sopir pengemudi perajin pengrajin
penjual aktivis seniman penulis wartawan perawat bidan korban pensiunan
peniaga penjaja pemandu pesara penyelidik pensyarah mangsa penoreh
desainer designer fotografer koreografer arsitek
]],

-- Verbs of saying around a name ("kata Kirby", "said Lee").
speech = [[
kata ujar ucap tutur jelas tambah ungkap sebut imbuh terang tegas papar
lanjut katanya ujarnya said says told added according stated explained
berkata menurut mengatakan menjelaskan menyampaikan menuturkan menambahkan menegaskan
mengungkapkan memaparkan
]],

}
