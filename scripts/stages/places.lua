-- Place-name gazetteer of the news pipeline: Indonesia (provinces, every
-- regency and city, the districts of the big cities, islands, mountains,
-- lakes, rivers, straits), Malaysia, Singapore, Brunei, the Philippines,
-- the rest of Southeast Asia, Australia and the Pacific, China, Japan,
-- Korea, India and South Asia, the Middle East, Europe, Africa, the Americas,
-- and the world's countries and capitals in English, Indonesian and Malay.
-- General geographic knowledge, not built from any labelled sample.
--
-- The module returns ONE string: one place name per line, spelled as the
-- news of that country spells it (Vietnamese names both with diacritics and
-- in the plain form the English press uses).  The string is assembled from
-- one long string per group so that each group can carry a comment; the
-- groups say nothing to the loader.  No line is repeated (compared without
-- regard to case), none is empty and none has surrounding spaces.
--
-- Left out on purpose.  The tagger takes any capitalised occurrence, so a
-- name that is also a frequent word or title, or a frequent given name, would
-- be wrong more often than right: at the start of a sentence, in title-case
-- headlines, inside organisation names.  Multi-word names that contain such
-- a word stay in (Kota Batu, Genting Highlands, Puncak Jaya, Pulau Buru,
-- Seram Bagian Barat, Sabu Raijua, Gunung Agung, Pelabuhan Merak, Ream Naval
-- Base, Amazon River, New Jersey, Bodh Gaya, Northern Samar).  Kept although
-- they are also words, because the place is what capitalised news text means
-- almost always: Malang, Padang, Medan, Palu, Kudus, Pati, Solo, Serang,
-- Perak, Bone, Landak, Baling, Papar, Lumut, Setapak, Sentosa, Tasik, Hue,
-- Mina, Darwin, Jordan, Georgia, Chad, Turkey, Holland, DIY.
--
-- Common Indonesian or Malay words:
--   Batu, Barat, Timur, Utara, Selatan, Tengah, Raya, Baru, Lama, Jaya,
--   Indah, Sentral, Kota, Bandar, Pulau, Laut, Gunung, Muara, Tanjung,
--   Batang, Metro, Puncak, Seram, Buru, Sabu, Negara, Rantau, Sumber,
--   Tugu, Genteng, Salak, Duri, Pandan, Mandau, Limapuluh, Galang,
--   Benteng, Tapa, Telaga, Maba, Buli, Geser, Mulia, Pare, Waru, Tumpang,
--   Tanggul, Pacet, Babat, Bungah, Kubu, Petang, Turi, Pakem, Kraton,
--   Kasihan, Gamping, Anyar, Benda, Pinang, Periuk, Larangan, Curug,
--   Merak, Limo, Kadipaten, Karet, Daya, Kapuk, Gandaria, Amplas, Joglo,
--   Kaba, Menjangan, Kundur, Sumbing, Rebana, Mitra, Titi, Labu, Pedas,
--   Parit, Matang, Sauk, Kapas, Sura, Cukai, Permaisuri, Penarik, Silam,
--   Sahabat, Tungku, Bau, Kakus, Jeram, Saujana, Keramat, Langgar,
--   Karangan, Lunas, Gurun, Kuah, Gemas, Nilai, Balok, Genting, Pekan,
--   Jawi, Juru, Pusing, Selama, Belum, Kaki Bukit, Layang-Layang, Lanang,
--   Gedong, Bidadari, Senja, Segar, Fajar, Bangkit, Khatib, Rimba,
--   Lubang, Bulan, Mati, Silang, Angat, Tamu, Bahan, Buka, Rajin, Uji,
--   Goa, Puri, Leh, Gaya, Arak, Hama, Ganja, Tema, Bor, Wau, Nil,
--   Simpang, Mie, Surat, Cuba, Lima, Asmara, Raudhah, Ubi, Ibu, Agung,
--   Slamet, Guntur, Ruang, Tak, Kep, Iba, Lembar, Kayangan, Borong, Seba,
--   Kijing, Lawas, Banting, Serendah, Samar, Sapa, Nadi, Goyang, Andong,
--   Baku, Bursa, Kotor, Nyala, Kidal, KK, OKI, TTS, ACT, PJ, Makian,
--   Penjaringan.
-- Common English words:
--   Central, North, South, East, West, Bay, Lake, City, Nice, Reading,
--   Bath, Mobile, Split, Male, Antique, Aurora, Orchard, Pioneer, Museum,
--   Lavender, Esplanade, Chestnut, Pending, Weston, Allen, Naval, Loon,
--   Song, Saga, Kinki, Yap, Outback, Manly, Ream, Pagan, Kale, Muse,
--   Swat, Hail, Acre, Tyre, Perm, Queens, Pentagon, Flint, Providence,
--   Savannah, Canton, Nordic, Thai, Grand Palace, My Son, Colón, Port
--   Area, Mare, Manna, Ringlet, Poring, Gent, Jersey, Amazon, Cayenne,
--   Sriracha, PNG.
-- Frequent given names, surnames or brand names (Bima: also the Mahabharata
-- hero and the given name of a well-known mayor of Bogor):
--   Bima, Victoria, Sofia, Newton, Alexandra, Stevens, Thomson,
--   MacPherson, Braddell, Caldecott, Mountbatten, Guillemard, Yuhua,
--   Zhenghua, Labi, Dolly, Halim, Pasteur, Marisa, Kabila, Hamadi, Anggi,
--   Moti, Obi, Kao, Bakri, Sundar, Amed, Teresa, Alfonso, Amadeo, Mendez,
--   Rodriguez, Montalban, Cardona, Candelaria, Consolacion, Carles, Pio
--   Duran, Jose Panganiban, Vinzons, Gonzaga, Solano, Rosales, Moncada,
--   Escalante, Muñoz, Carmona, Paco, Eastwood, Rockwell, Del Carmen,
--   Katherine, Mackay, Kuang, Nan, Ari, Samara, Petra, Erez, Saida,
--   Arafat, Salem, Trujillo, Guerrero, Santos, Langley, Henderson,
--   Montgomery, Reno, Karen, Chin, Mon, Shan, Sultan Hasanuddin, Minato,
--   Ota, Koto, Machida, Suzu, Tsu, Ise, Toyota, Hela, Gao, Jos, Bata,
--   Hera, Ann, Babar, Lorentz, Clark, Mendoza, Zaria, Brittany, Kaur,
--   Syam, Juanda, Juarez, Setiabudhi, Pakuwon.
-- Ethnic names (Bugis), Spanish or Tagalog words, and names too short or
-- obscure to be worth the false matches:
--   Dong, Sega, Gul, Timog, Infanta, Alegria, Estancia, Oro, Tamale, Com,
--   Dala, Pag-asa, Pai, Pili, Palo, Labo, Bato, Banga, Tupi, Wao, Lazi,
--   Dapa, Baras, Trece, Ipil, Molave, Apas, Sook, Oya, Moa, Leti, Hiri,
--   Dau, Weh, Uri, Kwai, On Nut, Prome, Setu, Bugis, Moni.
--
-- Regencies and cities left out by these rules: Batu, Batang, Metro, Bima,
-- Buru, Puncak and Kaur (also the surname of Sikh women in Malaysia);
-- "Kota Batu", "Kabupaten Batang", "Kota Metro", "Kota Bima", "Kabupaten
-- Bima", "Kabupaten Buru", "Pulau Buru", "Kabupaten Puncak" and "Kabupaten
-- Kaur" are in instead.  Also out: the Thai provinces Tak and Nan, the
-- Indian state Goa, the Philippine provinces Antique and Aurora, the
-- capitals Lima, Sofia, Victoria, Male, Asmara and Baku, and Cuba (a Malay
-- verb; the Indonesian "Kuba" is in).

return table.concat({

-- Indonesia: Country, provinces (38, current names), English names and common short forms
[[
Indonesia
Republik Indonesia
Nusantara
Aceh
Nanggroe Aceh Darussalam
Sumatera Utara
Sumatera Barat
Riau
Kepulauan Riau
Jambi
Sumatera Selatan
Kepulauan Bangka Belitung
Bangka Belitung
Bengkulu
Lampung
DKI Jakarta
Daerah Khusus Jakarta
Daerah Khusus Ibukota Jakarta
Jakarta
Jawa Barat
Jawa Tengah
Daerah Istimewa Yogyakarta
DI Yogyakarta
Jawa Timur
Banten
Bali
Nusa Tenggara Barat
Nusa Tenggara Timur
Kalimantan Barat
Kalimantan Tengah
Kalimantan Selatan
Kalimantan Timur
Kalimantan Utara
Sulawesi Utara
Gorontalo
Sulawesi Tengah
Sulawesi Barat
Sulawesi Selatan
Sulawesi Tenggara
Maluku
Maluku Utara
Papua
Papua Barat
Papua Barat Daya
Papua Tengah
Papua Pegunungan
Papua Selatan
North Sumatra
North Sumatera
West Sumatra
West Sumatera
South Sumatra
South Sumatera
Riau Islands
Bangka Belitung Islands
West Java
Central Java
East Java
Special Region of Yogyakarta
Yogyakarta Special Region
West Nusa Tenggara
East Nusa Tenggara
West Kalimantan
Central Kalimantan
South Kalimantan
East Kalimantan
North Kalimantan
North Sulawesi
Central Sulawesi
West Sulawesi
South Sulawesi
Southeast Sulawesi
North Maluku
Moluccas
West Papua
Southwest Papua
Central Papua
Highland Papua
South Papua
Jatim
Jabar
Jateng
DIY
NTT
NTB
Sumut
Sumbar
Sumsel
Sulsel
Sulut
Sulteng
Sulbar
Sultra
Kaltim
Kalbar
Kalteng
Kalsel
Kaltara
Kepri
Babel
Malut
Jabodetabek
Jabotabek
Jabodetabekpunjur
Bodetabek
Jawa
Java
Sumatera
Sumatra
Kalimantan
Borneo
Sulawesi
Celebes
Nusa Tenggara
Sunda Kecil
Irian Jaya
Tanah Papua
Indonesia Timur
Indonesia Barat
Indonesia Tengah
Ibu Kota Nusantara
IKN
Pantura
Pantai Utara Jawa
Pansela
]],

-- Indonesia: Aceh: regencies, cities, seats
[[
Aceh Barat
Aceh Barat Daya
Abdya
Aceh Besar
Aceh Jaya
Aceh Selatan
Aceh Singkil
Singkil
Aceh Tamiang
Aceh Tengah
Aceh Tenggara
Aceh Timur
Aceh Utara
Bener Meriah
Bireuen
Gayo Lues
Nagan Raya
Pidie
Pidie Jaya
Simeulue
Banda Aceh
Langsa
Lhokseumawe
Sabang
Subulussalam
Meulaboh
Takengon
Lhoksukon
Sigli
Calang
Blangpidie
Tapaktuan
Kutacane
Blangkejeren
Jantho
Kota Jantho
Karang Baru
Kuala Simpang
Suka Makmue
Simpang Tiga Redelong
Meureudu
Sinabang
Idi Rayeuk
Lhoknga
Ulee Lheue
Peureulak
]],

-- Indonesia: Sumatera Utara: regencies, cities, seats
[[
Asahan
Batu Bara
Batubara
Dairi
Deli Serdang
Humbang Hasundutan
Humbahas
Karo
Tanah Karo
Labuhanbatu
Labuhanbatu Selatan
Labuhanbatu Utara
Labusel
Labura
Langkat
Mandailing Natal
Madina
Nias
Nias Barat
Nias Selatan
Nias Utara
Padang Lawas
Padang Lawas Utara
Palas
Paluta
Pakpak Bharat
Samosir
Serdang Bedagai
Sergai
Simalungun
Tapanuli Selatan
Tapanuli Tengah
Tapanuli Utara
Tapanuli
Tapsel
Tapteng
Taput
Toba
Toba Samosir
Binjai
Gunungsitoli
Medan
Padangsidimpuan
Padang Sidempuan
Pematangsiantar
Pematang Siantar
Siantar
Sibolga
Tanjungbalai
Tanjung Balai
Tebing Tinggi
Kisaran
Rantauprapat
Rantau Prapat
Kabanjahe
Berastagi
Brastagi
Sidikalang
Balige
Tarutung
Sibuhuan
Gunung Tua
Panyabungan
Stabat
Lubuk Pakam
Sei Rampah
Pangururan
Dolok Sanggul
Doloksanggul
Parapat
Sipirok
Teluk Dalam
Lotu
Aek Kanopan
Kotapinang
Belawan
Kualanamu
Tanjung Morawa
Percut Sei Tuan
Pangkalan Brandan
Pangkalan Susu
Tanjung Pura
Perbaungan
]],

-- Indonesia: Sumatera Barat: regencies, cities, seats
[[
Agam
Dharmasraya
Kepulauan Mentawai
Mentawai
Lima Puluh Kota
Limapuluh Kota
Padang Pariaman
Pasaman
Pasaman Barat
Pesisir Selatan
Sijunjung
Solok
Solok Selatan
Tanah Datar
Bukittinggi
Padang
Padang Panjang
Padangpanjang
Pariaman
Payakumbuh
Sawahlunto
Lubuk Basung
Pulau Punjung
Tuapejat
Sarilamak
Parit Malintang
Lubuk Sikaping
Simpang Ampek
Painan
Muaro Sijunjung
Arosuka
Padang Aro
Batusangkar
Pagaruyung
]],

-- Indonesia: Riau: regencies, cities, seats
[[
Bengkalis
Indragiri Hilir
Indragiri Hulu
Inhil
Inhu
Kampar
Kepulauan Meranti
Meranti
Kuantan Singingi
Kuansing
Pelalawan
Rokan Hilir
Rokan Hulu
Rohil
Rohul
Siak
Siak Sri Indrapura
Pekanbaru
Dumai
Bangkinang
Rengat
Tembilahan
Selatpanjang
Teluk Kuantan
Pangkalan Kerinci
Bagansiapiapi
Bagan Siapiapi
Pasir Pengaraian
Pangkalan Kuras
Air Molek
]],

-- Indonesia: Kepulauan Riau: regencies, cities, seats
[[
Bintan
Karimun
Tanjung Balai Karimun
Kepulauan Anambas
Anambas
Lingga
Natuna
Batam
Tanjungpinang
Tanjung Pinang
Bandar Seri Bentan
Tarempa
Daik
Ranai
Tanjung Uban
Dabo Singkep
Nongsa
Batu Ampar
Sekupang
Batam Centre
Belakang Padang
Rempang
Bulang
Lagoi
]],

-- Indonesia: Jambi: regencies, cities, seats
[[
Batanghari
Batang Hari
Batang
Bungo
Muara Bungo
Kerinci
Merangin
Bangko
Muaro Jambi
Sengeti
Sarolangun
Tanjung Jabung Barat
Tanjung Jabung Timur
Tanjabbar
Tanjabtim
Kuala Tungkal
Muara Sabak
Tebo
Muara Tebo
Sungai Penuh
Muara Bulian
Sungai Bahar
]],

-- Indonesia: Sumatera Selatan: regencies, cities, seats
[[
Banyuasin
Empat Lawang
Lahat
Muara Enim
Musi Banyuasin
Muba
Musi Rawas
Musi Rawas Utara
Muratara
Ogan Ilir
Ogan Komering Ilir
Ogan Komering Ulu
Ogan Komering Ulu Selatan
Ogan Komering Ulu Timur
OKU
OKU Timur
OKU Selatan
Penukal Abab Lematang Ilir
PALI
Lubuklinggau
Lubuk Linggau
Pagar Alam
Pagaralam
Palembang
Prabumulih
Pangkalan Balai
Sekayu
Muara Beliti
Rupit
Indralaya
Inderalaya
Kayu Agung
Kayuagung
Baturaja
Muaradua
Talang Ubi
Tanjung Enim
Jakabaring
Plaju
Sungai Lilin
]],

-- Indonesia: Kepulauan Bangka Belitung: regencies, cities, seats
[[
Bangka
Bangka Barat
Bangka Selatan
Bangka Tengah
Belitung
Belitung Timur
Pangkalpinang
Pangkal Pinang
Sungailiat
Mentok
Muntok
Toboali
Koba
Tanjung Pandan
Tanjungpandan
Manggar
]],

-- Indonesia: Bengkulu: regencies, cities, seats
[[
Bengkulu Selatan
Kabupaten Kaur
Bengkulu Tengah
Bengkulu Utara
Kepahiang
Lebong
Mukomuko
Muko-Muko
Rejang Lebong
Seluma
Karang Tinggi
Arga Makmur
Bintuhan
Tubei
Curup
Tais
Enggano
]],

-- Indonesia: Lampung: regencies, cities, seats
[[
Lampung Barat
Lampung Selatan
Lampung Tengah
Lampung Timur
Lampung Utara
Mesuji
Pesawaran
Pesisir Barat
Pringsewu
Tanggamus
Tulang Bawang
Tulang Bawang Barat
Tubaba
Way Kanan
Bandar Lampung
Kota Metro
Liwa
Kalianda
Gunung Sugih
Sukadana
Kotabumi
Gedong Tataan
Krui
Kota Agung
Menggala
Panaragan
Blambangan Umpu
Bakauheni
Bandar Jaya
Terbanggi Besar
Way Kambas
]],

-- Indonesia: DKI Jakarta: administrative cities and regency
[[
Jakarta Pusat
Jakarta Utara
Jakarta Barat
Jakarta Selatan
Jakarta Timur
Kepulauan Seribu
Central Jakarta
North Jakarta
West Jakarta
South Jakarta
East Jakarta
Jakpus
Jakut
Jakbar
Jaksel
Jaktim
]],

-- Indonesia: Jawa Barat: regencies, cities, seats
[[
Bandung
Bandung Barat
Bekasi
Bogor
Ciamis
Cianjur
Cirebon
Garut
Indramayu
Karawang
Kuningan
Majalengka
Pangandaran
Purwakarta
Subang
Sukabumi
Sumedang
Tasikmalaya
Tasik
Banjar
Cimahi
Depok
Soreang
Ngamprah
Cikarang
Cibinong
Singaparna
Kertajati
Palabuhanratu
Pelabuhan Ratu
Pelabuhanratu
Cikampek
Rengasdengklok
Jatiluhur
Jatinangor
Lembang
Padalarang
Cileunyi
Rancaekek
Majalaya
Banjaran
Dayeuhkolot
Baleendah
Cicalengka
Ciwidey
Pangalengan
Cileungsi
Citeureup
Gunung Putri
Jonggol
Parung
Ciawi
Cisarua
Sentul
Leuwiliang
Jasinga
Cibubur
Tambun
Tambun Selatan
Cibitung
Babelan
Tarumajaya
Cikarang Barat
Cikarang Utara
Jababeka
Bantargebang
Bantar Gebang
Cimanggis
Sawangan
Cinere
Beji
Pancoran Mas
Sukmajaya
Cilodong
Tapos
Bojongsari
Margonda
Cipanas
Cugenang
Puncak Bogor
Arjawinangun
Plered
Jatibarang
Haurgeulis
Pamanukan
Jatiwangi
Tanjungsari
Cicurug
Cibadak
Sukaraja
Kadudampit
Ujung Genteng
Pameungpeuk
Cipatujah
Cigugur
]],

-- Indonesia: Jawa Tengah: regencies, cities, seats
[[
Banjarnegara
Banyumas
Blora
Boyolali
Brebes
Cilacap
Demak
Grobogan
Jepara
Karanganyar
Kebumen
Kendal
Klaten
Kudus
Magelang
Pati
Pekalongan
Pemalang
Kabupaten Batang
Purbalingga
Purworejo
Rembang
Semarang
Sragen
Sukoharjo
Tegal
Temanggung
Wonogiri
Wonosobo
Salatiga
Surakarta
Solo
Solo Raya
Purwokerto
Purwodadi
Ungaran
Mungkid
Kota Mungkid
Kajen
Slawi
Cepu
Ambarawa
Bawen
Kartasura
Colomadu
Delanggu
Prambanan
Borobudur
Muntilan
Dieng
Karimunjawa
Karimun Jawa
Nusakambangan
Majenang
Sokaraja
Gombong
Kutoarjo
Tawangmangu
Juwana
Welahan
Tayu
Kaliwungu
Weleri
Ajibarang
Bumiayu
Tanjung Emas
Tanjung Mas
]],

-- Indonesia: DI Yogyakarta: regencies, city, areas
[[
Bantul
Gunungkidul
Gunung Kidul
Kulon Progo
Kulonprogo
Sleman
Yogyakarta
Yogya
Jogja
Jogjakarta
Djokjakarta
Wonosari
Wates
Kaliurang
Parangtritis
Malioboro
Kotagede
Kota Gede
Godean
Kalasan
Mlati
Ngaglik
Seyegan
Imogiri
Sewon
Banguntapan
Piyungan
Pleret
Temon
Umbulharjo
Gondokusuman
Jetis
Mergangsan
Tegalrejo
]],

-- Indonesia: Jawa Timur: regencies, cities, seats
[[
Bangkalan
Banyuwangi
Blitar
Bojonegoro
Bondowoso
Gresik
Jember
Jombang
Kediri
Lamongan
Lumajang
Madiun
Magetan
Malang
Malang Raya
Mojokerto
Nganjuk
Ngawi
Pacitan
Pamekasan
Pasuruan
Ponorogo
Probolinggo
Sampang
Sidoarjo
Situbondo
Sumenep
Trenggalek
Tuban
Tulungagung
Surabaya
Gerbangkertosusila
Kepanjen
Kanigoro
Mojosari
Caruban
Mejayan
Kraksaan
Bangil
Porong
Krian
Sedati
Tanggulangin
Buduran
Singosari
Lawang
Pujon
Kota Batu
Karangploso
Turen
Dampit
Ngasem
Rogojampi
Muncar
Kalibaru
Kencong
Ambulu
Puger
Asembagus
Besuki
Panarukan
Paiton
Kalianget
Kangean
Bawean
Masalembu
Sapeken
Ngoro
Trowulan
Mojoagung
Ploso
Paciran
Brondong
Driyorejo
Kebomas
Manyar
Menganti
Wringinanom
Sugihwaras
Kalitidu
Padangan
Ngraho
Sarangan
]],

-- Indonesia: Banten: regencies, cities, seats
[[
Lebak
Pandeglang
Serang
Tangerang
Cilegon
Tangerang Selatan
Tangsel
Rangkasbitung
Tigaraksa
Ciruas
Serpong
BSD
Bumi Serpong Damai
Pamulang
Ciputat
Ciputat Timur
Pondok Aren
Bintaro
Pagedangan
Cisauk
Legok
Kelapa Dua
Cikupa
Balaraja
Teluknaga
Kosambi
Pakuhaji
Sepatan
Mauk
Kronjo
Karawaci
Lippo Karawaci
Cipondoh
Ciledug
Batuceper
Neglasari
Cibodas
Jatiuwung
Alam Sutera
Gading Serpong
Anyer
Carita
Tanjung Lesung
Ujung Kulon
Malingping
Bayah
Baduy
Kanekes
Cikande
Kragilan
Kramatwatu
Pontang
Tirtayasa
Banten Lama
]],

-- Indonesia: Bali: regencies, city, areas
[[
Badung
Bangli
Buleleng
Gianyar
Jembrana
Karangasem
Klungkung
Tabanan
Denpasar
Singaraja
Amlapura
Semarapura
Mangupura
Kuta
Kuta Selatan
Kuta Utara
Legian
Seminyak
Kerobokan
Canggu
Jimbaran
Nusa Dua
Benoa
Tanjung Benoa
Sanur
Ubud
Uluwatu
Pecatu
Ungasan
Bukit Jimbaran
Kintamani
Bedugul
Lovina
Gilimanuk
Padang Bai
Padangbai
Nusa Penida
Nusa Lembongan
Nusa Ceningan
Tanah Lot
Besakih
Tegallalang
Sukawati
Mengwi
Abiansemal
Dalung
Ngurah Rai
Candidasa
Tulamben
Munduk
Pemuteran
Seririt
Sidemen
Pererenan
Berawa
]],

-- Indonesia: Nusa Tenggara Barat: regencies, cities, seats
[[
Dompu
Kota Bima
Kabupaten Bima
Lombok Barat
Lombok Tengah
Lombok Timur
Lombok Utara
Sumbawa
Sumbawa Barat
Mataram
Gerung
Praya
Selong
Tanjung Lombok
Sumbawa Besar
Taliwang
Woha
Mandalika
Kuta Mandalika
Senggigi
Gili Trawangan
Gili Meno
Gili Air
Gili Ketapang
Sembalun
Labuhan Lombok
Pototano
Sekotong
Narmada
Cakranegara
Ampenan
Lingsar
Pemenang
Masbagik
Sekarbela
]],

-- Indonesia: Nusa Tenggara Timur: regencies, city, seats
[[
Alor
Belu
Ende
Flores Timur
Kupang
Lembata
Malaka
Manggarai
Manggarai Barat
Manggarai Timur
Nagekeo
Ngada
Rote Ndao
Sabu Raijua
Sikka
Sumba Barat
Sumba Barat Daya
Sumba Tengah
Sumba Timur
Timor Tengah Selatan
Timor Tengah Utara
TTU
Kalabahi
Atambua
Larantuka
Lewoleba
Betun
Ruteng
Labuan Bajo
Mbay
Bajawa
Ba'a
Maumere
Waikabubak
Tambolaka
Waibakul
Waingapu
Soe
Kefamenanu
Oelamasi
Mota'ain
Motaain
Wini
Oesao
Atapupu
Riung
Wae Rebo
Waerebo
Pantai Pink
Pulau Padar
Padar
Rinca
Pulau Komodo
Taman Nasional Komodo
]],

-- Indonesia: Kalimantan Barat: regencies, cities, seats
[[
Bengkayang
Kapuas Hulu
Kayong Utara
Ketapang
Kubu Raya
Landak
Melawi
Mempawah
Sambas
Sanggau
Sekadau
Sintang
Pontianak
Singkawang
Putussibau
Sungai Raya
Ngabang
Nanga Pinoh
Entikong
Aruk
Nanga Badau
Badau
Jagoi Babang
Sei Pinyuh
Sungai Pinyuh
Sungai Kakap
Rasau Jaya
Siantan
]],

-- Indonesia: Kalimantan Tengah: regencies, city, seats
[[
Barito Selatan
Barito Timur
Barito Utara
Gunung Mas
Kapuas
Katingan
Kotawaringin Barat
Kotawaringin Timur
Kotim
Kobar
Lamandau
Murung Raya
Pulang Pisau
Sukamara
Seruyan
Palangka Raya
Palangkaraya
Buntok
Tamiang Layang
Muara Teweh
Kuala Kurun
Kuala Kapuas
Kasongan
Pangkalan Bun
Kumai
Sampit
Nanga Bulik
Puruk Cahu
Kuala Pembuang
Tanjung Puting
]],

-- Indonesia: Kalimantan Selatan: regencies, cities, seats
[[
Balangan
Barito Kuala
Batola
Hulu Sungai Selatan
Hulu Sungai Tengah
Hulu Sungai Utara
HSS
HST
HSU
Kotabaru
Tabalong
Tanah Bumbu
Tanah Laut
Tapin
Banjarbaru
Banjarmasin
Martapura
Paringin
Marabahan
Kandangan
Barabai
Amuntai
Batulicin
Pelaihari
Pagatan
Loksado
Meratus
Pegunungan Meratus
Binuang
Satui
Sebuku
Syamsudin Noor
]],

-- Indonesia: Kalimantan Timur: regencies, cities, seats
[[
Berau
Kutai
Kutai Barat
Kutai Kartanegara
Kutai Timur
Kukar
Kutim
Kubar
Mahakam Ulu
Mahulu
Paser
Penajam Paser Utara
PPU
Balikpapan
Bontang
Samarinda
Tanjung Redeb
Sendawar
Tenggarong
Sangatta
Ujoh Bilang
Tanah Grogot
Penajam
Sepaku
Loa Janan
Loa Kulu
Muara Badak
Sanga-Sanga
Anggana
Samboja
Muara Jawa
Kota Bangun
Melak
Derawan
Pulau Derawan
Maratua
Kakaban
Sangalaki
Biduk-Biduk
Talisayan
Muara Wahau
Bengalon
Sangkulirang
Kaubun
Long Bagun
Long Apari
Long Pahangai
]],

-- Indonesia: Kalimantan Utara: regencies, city, seats
[[
Bulungan
Malinau
Nunukan
Tana Tidung
Tarakan
Tanjung Selor
Tideng Pale
Sebatik
Pulau Sebatik
Krayan
Long Bawan
Lumbis
Tanjung Palas
]],

-- Indonesia: Sulawesi Utara: regencies, cities, seats
[[
Bolaang Mongondow
Bolaang Mongondow Selatan
Bolaang Mongondow Timur
Bolaang Mongondow Utara
Bolmong
Bolsel
Boltim
Bolmut
Kepulauan Sangihe
Sangihe
Kepulauan Siau Tagulandang Biaro
Sitaro
Siau
Tagulandang
Biaro
Kepulauan Talaud
Talaud
Minahasa
Minahasa Selatan
Minahasa Tenggara
Minahasa Utara
Minsel
Minut
Bitung
Kotamobagu
Manado
Tomohon
Lolak
Bolaang Uki
Tutuyan
Boroko
Tahuna
Ondong
Melonguane
Tondano
Amurang
Ratahan
Airmadidi
Likupang
Bunaken
Pulau Bunaken
Lembeh
Selat Lembeh
Kakas
Langowan
Kawangkoan
Tareran
Tumpaan
Modoinding
]],

-- Indonesia: Gorontalo: regencies, city, seats
[[
Boalemo
Bone Bolango
Gorontalo Utara
Pohuwato
Limboto
Tilamuta
Suwawa
Kwandang
]],

-- Indonesia: Sulawesi Tengah: regencies, city, seats
[[
Banggai
Banggai Kepulauan
Banggai Laut
Buol
Donggala
Morowali
Morowali Utara
Parigi Moutong
Parimo
Poso
Sigi
Tojo Una-Una
Touna
Tolitoli
Toli-Toli
Palu
Luwuk
Salakan
Bungku
Kolonodale
Parigi
Ampana
Sigi Biromaru
Bora
Tentena
Bahodopi
Morowali Industrial Park
Kasimbar
Tawaeli
Palu Barat
Palu Timur
Palu Selatan
Palu Utara
Petobo
Balaroa
Jono Oge
Lembah Napu
Napu
Lore Lindu
Togean
Kepulauan Togean
Pagimana
Batui
Kintom
]],

-- Indonesia: Sulawesi Barat: regencies, seats
[[
Majene
Mamasa
Mamuju
Mamuju Tengah
Mamuju Utara
Pasangkayu
Polewali Mandar
Polman
Polewali
Tobadak
Tinambung
Wonomulyo
Campalagian
Topoyo
Kalukku
]],

-- Indonesia: Sulawesi Selatan: regencies, cities, seats
[[
Bantaeng
Barru
Bone
Bulukumba
Enrekang
Gowa
Jeneponto
Kepulauan Selayar
Selayar
Luwu
Luwu Timur
Luwu Utara
Lutim
Lutra
Maros
Pangkajene dan Kepulauan
Pangkajene Kepulauan
Pangkep
Pinrang
Sidenreng Rappang
Sidrap
Sinjai
Soppeng
Takalar
Tana Toraja
Toraja
Toraja Utara
Tator
Torut
Wajo
Makassar
Palopo
Parepare
Pare-Pare
Watampone
Sengkang
Watansoppeng
Pangkajene
Sungguminasa
Bontosunggu
Pattallassang
Rantepao
Makale
Malili
Masamba
Belopa
Sorowako
Soroako
Malino
Bira
Tanjung Bira
Bontomarannu
Galesong
Bajeng
Pallangga
Somba Opu
Barombong
Tanete Riattang
]],

-- Indonesia: Sulawesi Tenggara: regencies, cities, seats
[[
Bombana
Buton
Buton Selatan
Buton Tengah
Buton Utara
Kolaka
Kolaka Timur
Kolaka Utara
Konawe
Konawe Kepulauan
Konawe Selatan
Konawe Utara
Muna
Muna Barat
Wakatobi
Baubau
Bau-Bau
Kendari
Kasipute
Pasarwajo
Batauga
Labungkari
Buranga
Lasusua
Tirawuta
Unaaha
Langara
Andoolo
Wanggudu
Raha
Laworo
Wangi-Wangi
Wanci
Kaledupa
Tomia
Binongko
Pomalaa
Morosi
Asera
Molawe
Lasolo
Motui
]],

-- Indonesia: Maluku: regencies, cities, seats
[[
Buru Selatan
Kabupaten Buru
Pulau Buru
Kepulauan Aru
Aru
Kepulauan Tanimbar
Tanimbar
Maluku Tenggara Barat
Maluku Barat Daya
Maluku Tengah
Maluku Tenggara
Seram Bagian Barat
Seram Bagian Timur
SBB
SBT
Pulau Seram
Ambon
Tual
Namrole
Namlea
Dobo
Saumlaki
Tiakur
Masohi
Langgur
Piru
Bula
Banda Neira
Kepulauan Banda
Banda
Kei
Kepulauan Kei
Kei Kecil
Kei Besar
Saparua
Haruku
Nusa Laut
Leihitu
Salahutu
Sirimau
Nusaniwe
Teluk Ambon
Leitimur Selatan
Passo
Tulehu
Latuhalat
Amahai
Tehoru
Kairatu
Wetar
Kisar
Yamdena
Larat
Gorom
]],

-- Indonesia: Maluku Utara: regencies, cities, seats
[[
Halmahera
Halmahera Barat
Halmahera Selatan
Halmahera Tengah
Halmahera Timur
Halmahera Utara
Halbar
Halsel
Halteng
Haltim
Halut
Kepulauan Sula
Pulau Morotai
Morotai
Pulau Taliabu
Taliabu
Ternate
Tidore
Tidore Kepulauan
Sofifi
Jailolo
Labuha
Bacan
Weda
Tobelo
Sanana
Daruba
Bobong
Pulau Obi
Kawasi
Kayoa
Galela
Lelilef
Gane
Gebe
]],

-- Indonesia: Papua: regencies, city, seats
[[
Biak Numfor
Biak
Jayapura
Keerom
Kepulauan Yapen
Yapen
Mamberamo Raya
Sarmi
Supiori
Waropen
Sentani
Abepura
Waena
Heram
Arso
Skouw
Serui
Burmeso
Botawa
Sorendiweri
Numfor
Depapre
Kotaraja
Entrop
Muara Tami
Genyem
Nimboran
]],

-- Indonesia: Papua Selatan: regencies, seats
[[
Asmat
Boven Digoel
Mappi
Merauke
Agats
Kepi
Sota
Kimaam
Pulau Kimaam
Okaba
Kurik
Salor
Wasur
Taman Nasional Wasur
]],

-- Indonesia: Papua Tengah: regencies, seats
[[
Deiyai
Dogiyai
Intan Jaya
Mimika
Nabire
Paniai
Puncak Jaya
Kabupaten Puncak
Timika
Tembagapura
Kuala Kencana
Mapurujaya
Enarotali
Tigi
Kigamani
Sugapa
Ilaga
Sinak
Beoga
Gome
Moanemani
Waghete
Mimika Baru
Grasberg
Kapiraya
Agimuga
Jila
Hoeya
]],

-- Indonesia: Papua Pegunungan: regencies, seats
[[
Jayawijaya
Lanny Jaya
Mamberamo Tengah
Nduga
Pegunungan Bintang
Tolikara
Yahukimo
Yalimo
Wamena
Tiom
Kobakma
Kenyam
Oksibil
Karubaga
Dekai
Elelim
Baliem
Lembah Baliem
Kiwirok
Yigi
Mbua
Mugi
Kwiyagi
Anggruk
Kurima
Ninia
Apalapsili
Bokondini
Kanggime
Kembu
Kelila
]],

-- Indonesia: Papua Barat: regencies, seats
[[
Fakfak
Kaimana
Manokwari
Manokwari Selatan
Pegunungan Arfak
Arfak
Teluk Bintuni
Teluk Wondama
Bintuni
Ransiki
Wasior
Rendani
Babo
Prafi
Warmare
Oransbari
]],

-- Indonesia: Papua Barat Daya: regencies, city, seats
[[
Maybrat
Raja Ampat
Sorong
Sorong Selatan
Tambrauw
Kumurkek
Waisai
Aimas
Teminabuan
Fef
Waigeo
Misool
Salawati
Batanta
Kofiau
Ayamaru
Aifat
Sausapor
Klamono
Salawati Utara
Wayag
Arborek
]],

-- Indonesia: Jakarta: the 44 kecamatan
[[
Gambir
Sawah Besar
Kemayoran
Senen
Cempaka Putih
Menteng
Tanah Abang
Johar Baru
Pademangan
Tanjung Priok
Koja
Kelapa Gading
Cilincing
Cengkareng
Grogol Petamburan
Taman Sari
Tambora
Kebon Jeruk
Kalideres
Palmerah
Kembangan
Tebet
Setiabudi
Mampang Prapatan
Pasar Minggu
Kebayoran Lama
Cilandak
Kebayoran Baru
Pancoran
Jagakarsa
Pesanggrahan
Matraman
Pulo Gadung
Pulogadung
Jatinegara
Kramat Jati
Pasar Rebo
Cakung
Duren Sawit
Makasar
Ciracas
Cipayung
Kepulauan Seribu Utara
Kepulauan Seribu Selatan
]],

-- Indonesia: Jakarta: well-known neighbourhoods and areas
[[
Senayan
Gelora Bung Karno
Blok M
Kemang
Pondok Indah
Cawang
Cikini
Glodok
Kota Tua
Ancol
Sunter
Pluit
Muara Angke
Muara Baru
Pantai Indah Kapuk
Kampung Melayu
Kalibata
Ragunan
Lebak Bulus
Cideng
Petamburan
Slipi
Tanah Kusir
Bidara Cina
Rawamangun
Pulomas
Pondok Kelapa
Kalimalang
Kampung Rambutan
Pondok Gede
Pondok Labu
Pondok Pinang
Cipete
Tanjung Barat
Tanjung Duren
Grogol
Kebon Sirih
Kebon Kacang
Kebon Melati
Karet Kuningan
Bendungan Hilir
Benhil
Mangga Besar
Mangga Dua
Pasar Baru
Pasar Senen
Pasar Rumput
Kwitang
Salemba
Paseban
Utan Kayu
Pisangan
Klender
Pulo Gebang
Rorotan
Marunda
Tugu Utara
Semper
Kali Baru
Warakas
Sungai Bambu
Papanggo
Tanjung Priuk
Muara Karang
Kamal Muara
Duri Kosambi
Rawa Buaya
Meruya
Kedoya
Srengseng
Kemanggisan
Tomang
Jelambar
Angke
Pekojan
Pinangsia
Krukut
Mangga Dua Selatan
Cililitan
Kampung Tengah
Condet
Bambu Apus
Lubang Buaya
Kebon Pala
Bukit Duri
Manggarai Selatan
Menteng Dalam
Menteng Atas
Pasar Manggis
Kuningan Timur
Mampang
Bangka Mampang
Pela Mampang
Duren Tiga
Kalibata City
Rawajati
Pejaten
Jati Padang
Lenteng Agung
Srengseng Sawah
Ciganjur
Cilandak Barat
Cipulir
Ulujami
Petukangan
Kebayoran
Gandaria City
Mega Kuningan
SCBD
Sudirman Central Business District
Monas
Medan Merdeka
Bundaran HI
Pulau Pramuka
Pulau Untung Jawa
Pulau Tidung
Pulau Pari
Pulau Kelapa
Pulau Harapan
Pulau Panggang
]],

-- Indonesia: Surabaya: the 31 kecamatan and well-known areas
[[
Asemrowo
Benowo
Bubutan
Bulak
Dukuh Pakis
Gayungan
Gubeng
Gunung Anyar
Jambangan
Karang Pilang
Kenjeran
Krembangan
Lakarsantri
Mulyorejo
Pabean Cantian
Pakal
Rungkut
Sambikerep
Sawahan
Semampir
Simokerto
Sukolilo
Sukomanunggal
Tambaksari
Tandes
Tegalsari
Tenggilis Mejoyo
Wiyung
Wonocolo
Wonokromo
Tunjungan
Darmo
Ketintang
Kedung Cowek
Tanjung Perak
Ampel
Kapasan
Keputran
Citraland
Manukan
Medokan
Suramadu
Jembatan Suramadu
]],

-- Indonesia: Bandung: the 30 kecamatan and well-known areas
[[
Andir
Antapani
Arcamanik
Astanaanyar
Astana Anyar
Babakan Ciparay
Bandung Kidul
Bandung Kulon
Bandung Wetan
Batununggal
Bojongloa Kaler
Bojongloa Kidul
Buahbatu
Buah Batu
Cibeunying Kaler
Cibeunying Kidul
Cibiru
Cicendo
Cidadap
Cinambo
Coblong
Gedebage
Kiaracondong
Kiara Condong
Lengkong
Mandalajati
Panyileukan
Rancasari
Regol
Sukajadi
Sukasari
Sumur Bandung
Ujung Berung
Ujungberung
Dago
Dipatiukur
Cihampelas
Cicaheum
Leuwipanjang
Kopo
Cibaduyut
Bandung Raya
Cekungan Bandung
]],

-- Indonesia: Medan: the 21 kecamatan and well-known areas
[[
Medan Amplas
Medan Area
Medan Barat
Medan Baru
Medan Belawan
Medan Deli
Medan Denai
Medan Helvetia
Medan Johor
Medan Kota
Medan Labuhan
Medan Maimun
Medan Marelan
Medan Perjuangan
Medan Petisah
Medan Polonia
Medan Selayang
Medan Sunggal
Medan Tembung
Medan Timur
Medan Tuntungan
Polonia
Pinang Baris
Mebidangro
Kesawan
]],

-- Indonesia: Semarang: the 16 kecamatan and well-known areas
[[
Banyumanik
Candisari
Gajahmungkur
Gayamsari
Genuk
Gunungpati
Mijen
Ngaliyan
Pedurungan
Semarang Barat
Semarang Selatan
Semarang Tengah
Semarang Timur
Semarang Utara
Tembalang
Simpang Lima
Kota Lama Semarang
Lawang Sewu
Sampangan
Jatingaleh
Kedungmundu
Srondol
Kaligawe
Tawang
Mangkang
Ungaran Barat
]],

-- Indonesia: Makassar: the 15 kecamatan and well-known areas
[[
Biringkanaya
Bontoala
Mamajang
Manggala
Mariso
Panakkukang
Rappocini
Tallo
Tamalanrea
Tamalate
Ujung Pandang
Ujung Tanah
Kepulauan Sangkarrang
Losari
Pantai Losari
Sudiang
Antang
Tanjung Bunga
Center Point of Indonesia
Paotere
]],

-- Indonesia: Islands and island groups
[[
Madura
Pulau Madura
Lombok
Pulau Lombok
Pulau Sumbawa
Flores
Pulau Flores
Sumba
Pulau Sumba
Timor
Pulau Timor
Pulau Bangka
Pulau Belitung
Pulau Nias
Pulau Simeulue
Siberut
Sipora
Pagai
Pagai Utara
Pagai Selatan
Pulau Enggano
Pulau Bintan
Pulau Batam
Kepulauan Natuna
Natuna Besar
Pulau Halmahera
Pulau Ambon
Pulau Biak
Pulau Yapen
Pulau Waigeo
Pulau Misool
Pulau Wetar
Pulau Alor
Pulau Rote
Rote
Pulau Sabu
Pulau Lembata
Pulau Adonara
Adonara
Solor
Pulau Solor
Pantar
Pulau Pantar
Pulau Bawean
Pulau Kangean
Kepulauan Kangean
Pulau Karimunjawa
Pulau Buton
Pulau Muna
Pulau Selayar
Kepulauan Spermonde
Kepulauan Sangihe Talaud
Pulau Peleng
Peleng
Kepulauan Banggai
Pulau Seribu
Pulau Weh
Pulau Rupat
Rupat
Pulau Bengkalis
Pulau Rempang
Pulau Galang
Pulau Karimun
Pulau Kundur
Pulau Lingga
Singkep
Pulau Singkep
Kepulauan Tambelan
Tambelan
Pulau Serasan
Serasan
Pulau Laut
Pulau Sebuku
Pulau Kakaban
Pulau Maratua
Pulau Nunukan
Pulau Tarakan
Pulau Tidore
Pulau Ternate
Pulau Bacan
Pulau Mangole
Pulau Sanana
Pulau Kei
Pulau Yamdena
Pulau Numfor
Pulau Supiori
Pulau Moyo
Moyo
Pulau Satonda
Pulau Sangeang
Pulau Lembongan
Pulau Menjangan
Pulau Dewata
Pulau Jawa
Pulau Sumatera
Pulau Kalimantan
Pulau Sulawesi
Pulau Papua
Pulau Bali
Pulau Nusakambangan
Pulau Sempu
Pulau Mandangin
Pulau Gili Iyang
Pulau Siberut
Pulau Mentawai
Kepulauan Batu
Pulau Tello
Pulau Banyak
Kepulauan Banyak
Pulau Breueh
Pulau Sabang
Pulau Rinca
Pulau Palue
Pulau Miangas
Miangas
Pulau Marore
Marore
Pulau Rondo
Pulau Nipa
Pulau Sekatung
Pulau Berhala
Pulau Kisar
Pulau Liran
Pulau Dana
Pulau Ndana
Pulau Batek
Pulau Fani
Pulau Bras
Pulau Fanildo
Pulau Budd
Pulau Jiew
Pulau Marampit
Pulau Kawio
Pulau Salando
Pulau Intata
Pulau Kakarutan
Pulau Damar
]],

-- Indonesia: Mountains and volcanoes
[[
Merapi
Gunung Merapi
Semeru
Gunung Semeru
Bromo
Gunung Bromo
Bromo Tengger Semeru
Tengger
Kelud
Gunung Kelud
Krakatau
Krakatoa
Anak Krakatau
Gunung Anak Krakatau
Sinabung
Gunung Sinabung
Rinjani
Gunung Rinjani
Gunung Tambora
Gunung Agung
Gunung Batur
Lokon
Gunung Lokon
Soputan
Gunung Soputan
Karangetang
Gunung Karangetang
Gunung Ibu
Dukono
Gunung Dukono
Gamalama
Gunung Gamalama
Lewotobi
Lewotobi Laki-laki
Gunung Lewotobi
Gunung Lewotobi Laki-laki
Ile Lewotolok
Lewotolok
Marapi
Gunung Marapi
Gunung Kerinci
Dempo
Gunung Dempo
Gunung Slamet
Sindoro
Gunung Sindoro
Gunung Sumbing
Lawu
Gunung Lawu
Arjuno
Gunung Arjuno
Welirang
Arjuno-Welirang
Raung
Gunung Raung
Ijen
Kawah Ijen
Gunung Ijen
Papandayan
Gunung Papandayan
Tangkuban Perahu
Tangkuban Parahu
Gede Pangrango
Gunung Gede
Gunung Pangrango
Gunung Salak
Ciremai
Gunung Ciremai
Cereme
Galunggung
Gunung Galunggung
Gunung Guntur
Dataran Tinggi Dieng
Gunung Prau
Merbabu
Gunung Merbabu
Penanggungan
Gunung Penanggungan
Argopuro
Gunung Argopuro
Kelimutu
Gunung Kelimutu
Inerie
Gunung Inerie
Ebulobo
Gunung Egon
Gunung Ruang
Gunung Awu
Banda Api
Gunung Banda Api
Gunung Talang
Tandikat
Gunung Tandikat
Leuser
Gunung Leuser
Taman Nasional Gunung Leuser
Puncak Jaya Wijaya
Carstensz
Carstensz Pyramid
Puncak Carstensz
Cartenz
Puncak Trikora
Puncak Mandala
Gunung Binaiya
Latimojong
Gunung Latimojong
Bawakaraeng
Gunung Bawakaraeng
Lompobattang
Seulawah
Gunung Seulawah
Burni Telong
Gunung Burni Telong
Peut Sagoe
Sibayak
Gunung Sibayak
Sorik Marapi
Gunung Kaba
Gunung Api Kaba
Pesagi
Gunung Pesagi
Gunung Karang
Gunung Halimun
Halimun Salak
Gunung Malabar
Gunung Burangrang
Gunung Patuha
Kawah Putih
Gunung Cikuray
Gunung Muria
Muria
Gunung Ungaran
Gunung Andong
Gunung Kawi
Gunung Butak
Gunung Wilis
Gunung Lamongan
Gunung Ranti
Gunung Abang
Gunung Batukaru
Gunung Catur
Gunung Sangeang Api
Sangeang Api
Gunung Rokatenda
Rokatenda
Gunung Lewotolo
Gunung Iya
Gunung Ili Boleng
Ili Boleng
Gunung Mutis
Gunung Klabat
Klabat
Gunung Mahawu
Gunung Colo
Gunung Una-Una
Gunung Kie Besi
Gunung Gamkonora
Gamkonora
Gunung Nokilalaki
Pegunungan Jayawijaya
Pegunungan Sudirman
Pegunungan Bukit Barisan
Bukit Barisan
Pegunungan Kendeng
Kendeng
Pegunungan Sewu
Pegunungan Menoreh
Menoreh
Pegunungan Muller
Pegunungan Schwaner
Pegunungan Iban
Pegunungan Quarles
Pegunungan Verbeek
Pegunungan Tengger
Dataran Tinggi Gayo
Gayo
Dataran Tinggi Karo
Dataran Tinggi Toraja
Lembah Harau
Ngarai Sianok
Kawah Sikidang
Kawah Kamojang
Kamojang
Kawah Sileri
Puncak Sikunir
Sikunir
]],

-- Indonesia: Lakes
[[
Danau Toba
Danau Maninjau
Maninjau
Danau Singkarak
Singkarak
Danau Kerinci
Danau Ranau
Ranau Lampung
Danau Sentani
Danau Poso
Danau Matano
Matano
Danau Towuti
Towuti
Danau Tempe
Danau Limboto
Danau Batur
Danau Bratan
Danau Beratan
Danau Buyan
Danau Tamblingan
Segara Anak
Danau Kelimutu
Danau Paniai
Danau Tondano
Danau Jempang
Danau Semayang
Danau Sentarum
Sentarum
Danau Lindu
Danau Laut Tawar
Laut Tawar
Danau Diatas
Danau Dibawah
Danau Gunung Tujuh
Rawa Pening
Rawapening
Waduk Jatiluhur
Waduk Cirata
Cirata
Waduk Saguling
Saguling
Waduk Gajah Mungkur
Gajah Mungkur
Waduk Kedung Ombo
Kedung Ombo
Waduk Sermo
Waduk Karangkates
Karangkates
Waduk Jatigede
Jatigede
Waduk Wadaslintang
Situ Gintung
Situ Patenggang
Telaga Sarangan
Telaga Warna
Danau Ranu Kumbolo
Ranu Kumbolo
Ranu Pani
]],

-- Indonesia: Rivers
[[
Bengawan Solo
Sungai Bengawan Solo
Brantas
Sungai Brantas
Kali Brantas
Citarum
Sungai Citarum
Ciliwung
Sungai Ciliwung
Cisadane
Sungai Cisadane
Musi
Sungai Musi
Sungai Batanghari
Sungai Kapuas
Mahakam
Sungai Mahakam
Barito
Sungai Barito
Kahayan
Sungai Kahayan
Sungai Katingan
Sungai Mentaya
Mentaya
Sungai Digul
Digul
Sungai Mamberamo
Mamberamo
Sungai Siak
Sungai Kampar
Sungai Indragiri
Sungai Rokan
Sungai Asahan
Sungai Deli
Sungai Cimanuk
Cimanuk
Sungai Citanduy
Citanduy
Sungai Serayu
Serayu
Sungai Progo
Kali Progo
Sungai Opak
Kali Opak
Kali Code
Kali Mas
Kalimas
Krueng Aceh
Sungai Martapura
Sungai Sadang
Saddang
Sungai Jeneberang
Jeneberang
Sungai Walanae
Walanae
Sungai Lariang
Lariang
Sungai Kayan
Sungai Sesayap
Sungai Sambas
Sungai Pawan
Sungai Lamasi
Sungai Konaweeha
Konaweeha
Sungai Baliem
Sungai Bian
Sungai Eilanden
Sungai Lorentz
Sungai Pesanggrahan
Kali Pesanggrahan
Kali Angke
Kali Sunter
Kali Krukut
Kali Bekasi
Sungai Bekasi
Kali Cikeas
Cikeas
Kali Cileungsi
Sungai Cileungsi
Sungai Citarik
Sungai Cibeet
Sungai Cipunagara
Sungai Ciujung
Ciujung
Sungai Cidurian
Sungai Bogowonto
Sungai Lusi
Sungai Juwana
Sungai Tuntang
Sungai Garang
Banjir Kanal Barat
Banjir Kanal Timur
Sungai Lematang
Lematang
Sungai Ogan
Sungai Komering
Komering
Sungai Way Sekampung
Way Sekampung
Way Seputih
Sungai Tulang Bawang
Sungai Ketahun
Sungai Bengkulu
Sungai Batang Kuranji
Batang Kuranji
Sungai Batang Anai
Batang Anai
Sungai Ombilin
Ombilin
Sungai Wampu
Wampu
Sungai Barumun
Barumun
Sungai Batang Toru
Batang Toru
Sungai Tamiang
Sungai Peusangan
Peusangan
Sungai Lasolo
Sungai Poso
Sungai Palu
Sungai Tondano
Sungai Bone
Sungai Limboto
Sungai Berau
Sungai Segah
Sungai Kelai
Sungai Karang Mumus
Karang Mumus
Sungai Kedang Kepala
Sungai Belayan
Sungai Seruyan
Sungai Lamandau
Sungai Arut
Sungai Kotawaringin
Sungai Negara
Sungai Tabalong
Sungai Amandit
Sungai Balangan
Sungai Landak
Sungai Melawi
Sungai Sekadau
Sungai Sekayam
Sungai Ketungau
Sungai Embaloh
]],

-- Indonesia: Straits, seas, bays and capes
[[
Selat Malaka
Selat Sunda
Selat Bali
Selat Lombok
Selat Makassar
Selat Karimata
Selat Madura
Selat Bangka
Selat Gaspar
Selat Alas
Selat Sape
Selat Ombai
Selat Wetar
Selat Bintan
Selat Singapura
Selat Philip
Selat Riau
Selat Durian
Selat Rupat
Selat Berhala
Selat Panjang
Selat Sele
Selat Dampier
Selat Torres
Selat Muria
Selat Badung
Laut Jawa
Laut Banda
Laut Arafura
Laut Arafuru
Laut Sulawesi
Laut Natuna
Laut Natuna Utara
Laut China Selatan
Laut Cina Selatan
Laut Tiongkok Selatan
Laut Flores
Laut Sawu
Laut Savu
Laut Timor
Laut Maluku
Laut Seram
Laut Halmahera
Laut Bali
Laut Aru
Laut Andaman
Laut Sulu
Laut Filipina
Laut Karimata
Samudra Hindia
Samudera Hindia
Samudra Pasifik
Samudera Pasifik
Samudra Atlantik
Samudera Atlantik
Samudra Arktik
Samudera Arktik
Teluk Jakarta
Teluk Bone
Teluk Tomini
Teluk Cenderawasih
Teluk Lampung
Teluk Semangka
Teluk Benoa
Teluk Balikpapan
Teluk Kupang
Teluk Palu
Teluk Kendari
Teluk Ambon Baguala
Teluk Youtefa
Teluk Humboldt
Teluk Pelabuhan Ratu
Teluk Banten
Teluk Kayu Putih
Teluk Saleh
Teluk Bima
Teluk Ekas
Teluk Tolo
Teluk Kau
Teluk Weda
Teluk Berau
Teluk Etna
Teluk Arguni
Teluk Doreri
Teluk Manado
Teluk Buyat
Buyat
Teluk Kelabat
Teluk Sabang
Teluk Penyu
Teluk Lamong
Tanjung Kelayang
Tanjung Tinggi
Tanjung Puting National Park
Tanjung Aan
Tanjung Api-Api
Tanjung Datu
Tanjung Api
]],

-- Indonesia: National parks, regions and landmarks
[[
Taman Nasional Ujung Kulon
Taman Nasional Bromo Tengger Semeru
Taman Nasional Lorentz
Taman Nasional Kerinci Seblat
Kerinci Seblat
Taman Nasional Tesso Nilo
Tesso Nilo
Taman Nasional Bukit Tigapuluh
Bukit Tigapuluh
Taman Nasional Way Kambas
Taman Nasional Baluran
Baluran
Taman Nasional Alas Purwo
Alas Purwo
Taman Nasional Meru Betiri
Meru Betiri
Taman Nasional Kutai
Taman Nasional Tanjung Puting
Taman Nasional Sebangau
Sebangau
Taman Nasional Betung Kerihun
Betung Kerihun
Taman Nasional Kayan Mentarang
Kayan Mentarang
Taman Nasional Bunaken
Taman Nasional Wakatobi
Taman Nasional Taka Bonerate
Taka Bonerate
Taman Nasional Bogani Nani Wartabone
Taman Nasional Lore Lindu
Taman Nasional Manusela
Manusela
Taman Nasional Teluk Cenderawasih
Taman Nasional Gunung Rinjani
Taman Nasional Gunung Merapi
Taman Nasional Gunung Halimun Salak
Taman Nasional Gunung Gede Pangrango
Taman Nasional Gunung Ciremai
Taman Nasional Karimunjawa
Taman Nasional Bali Barat
Taman Nasional Kelimutu
Taman Nasional Siberut
Taman Nasional Berbak
Berbak
Taman Nasional Sembilang
Taman Nasional Bukit Barisan Selatan
Taman Nasional Bantimurung Bulusaraung
Bantimurung
Rammang-Rammang
Candi Borobudur
Candi Prambanan
Candi Mendut
Candi Sewu
Candi Muaro Jambi
Muara Takus
Candi Muara Takus
Trowulan Mojokerto
Keraton Yogyakarta
Keraton Surakarta
Pura Mangkunegaran
Mangkunegaran
Istana Bogor
Kebun Raya Bogor
Pelabuhan Merak
Pelabuhan Bakauheni
Pelabuhan Ketapang
Pelabuhan Gilimanuk
Pelabuhan Tanjung Perak
Pelabuhan Tanjung Priok
Pelabuhan Tanjung Emas
Pelabuhan Patimban
Patimban
Pelabuhan Belawan
Pelabuhan Kuala Tanjung
Kuala Tanjung
Pelabuhan Soekarno-Hatta
Pelabuhan Makassar
Pelabuhan Benoa
Pelabuhan Padang Bai
Pelabuhan Lembar
Pelabuhan Sape
Pelabuhan Labuan Bajo
Pelabuhan Tenau
Tenau
Pelabuhan Bitung
Pelabuhan Ambon
Pelabuhan Sorong
Pelabuhan Jayapura
Pelabuhan Kijing
Pelabuhan Semayang
Pelabuhan Trisakti
Pelabuhan Teluk Bayur
Teluk Bayur
Pelabuhan Sunda Kelapa
Sunda Kelapa
Pelabuhan Muara Angke
Pelabuhan Kalimas
Pelabuhan Tanjung Wangi
Pelabuhan Kamal
Pelabuhan Ujung
Kawasan Ekonomi Khusus Mandalika
Segitiga Rebana
Bopunjur
Kedungsepur
Subosukawonosraten
Barlingmascakeb
Bregasmalang
Sarbagita
Mamminasata
Gerbang Kertasusila
Ciayumajakuning
Priangan
Priangan Timur
Parahyangan
Pasundan
Tatar Sunda
Tanah Sunda
Tanah Jawa
Tanah Melayu
Tanah Minang
Minangkabau
Ranah Minang
Tanah Batak
Tanah Gayo
Tanah Toraja
Tanah Bugis
Mandar
Mataraman
Tapal Kuda
Pantura Jawa
Jalur Pantura
Jalur Pansela
Trans Jawa
Tol Trans Jawa
Trans Sumatera
Tol Trans Sumatera
Cipali
Tol Cipali
Cipularang
Tol Cipularang
Jagorawi
Tol Jagorawi
Tol Cikampek
Tol Japek
Japek
Tol Jakarta-Cikampek
Purbaleunyi
Tol Kanci
Tol Pejagan
Palikanci
Tol Palikanci
Tol Semarang-Solo
Tol Solo-Ngawi
Tol Sumo
Tol Surabaya-Mojokerto
Tol Pandaan-Malang
Tol Bali Mandara
Tol JORR
JORR
Tol Dalam Kota
Kalijati
Lanud Halim Perdanakusuma
Bandara Soekarno-Hatta
Bandara Halim Perdanakusuma
Bandara Juanda
Bandara Ngurah Rai
Bandara Kualanamu
Bandara Hasanuddin
Bandara Sultan Hasanuddin
Bandara Sepinggan
Bandara Sultan Aji Muhammad Sulaiman
Bandara Adisutjipto
Bandara Adi Soemarmo
Bandara Ahmad Yani
YIA
Bandara Kertajati
Bandara Husein Sastranegara
Bandara Sam Ratulangi
Bandara Sultan Iskandar Muda
Bandara Minangkabau
Bandara Sultan Syarif Kasim II
Bandara Hang Nadim
Hang Nadim
Bandara Sultan Mahmud Badaruddin II
Bandara Radin Inten II
Bandara Supadio
Bandara Syamsudin Noor
Bandara Juwata
Bandara Pattimura
Bandara Sentani
Bandara Mozes Kilangin
Bandara Frans Kaisiepo
Bandara Domine Eduard Osok
Bandara El Tari
Bandara Komodo
Bandara Lombok
Bandara Zainuddin Abdul Madjid
Bandara Sultan Babullah
Bandara Mutiara SIS Al-Jufrie
Bandara Haluoleo
Bandara Jalaluddin
Bandara Tjilik Riwut
Bandara Dhoho
Bandara Abdulrachman Saleh
Bandara Blimbingsari
Bandara Trunojoyo
Bandara Jenderal Besar Soedirman
Bandara Dewadaru
Bandara Ngloram
Bandara Tunggul Wulung
Bandara Wamena
Bandara Rendani
Bandara Nabire
Bandara Sorong
Bandara Raja Haji Fisabilillah
Bandara H.A.S. Hanandjoeddin
Bandara Depati Amir
Bandara Fatmawati Soekarno
Bandara Sultan Thaha
]],

-- Malaysia: Country, regions, states and federal territories
[[
Malaysia
Persekutuan Malaysia
Semenanjung Malaysia
Peninsular Malaysia
Malaysia Barat
Malaysia Timur
West Malaysia
East Malaysia
Malaya
Borneo Malaysia
Johor
Johore
Kedah
Kelantan
Melaka
Malacca
Negeri Sembilan
Pahang
Perak
Perlis
Pulau Pinang
Penang
Sabah
Sarawak
Selangor
Terengganu
Trengganu
Wilayah Persekutuan
Wilayah Persekutuan Kuala Lumpur
Wilayah Persekutuan Putrajaya
Wilayah Persekutuan Labuan
Federal Territory
Federal Territories
Kuala Lumpur
KL
Putrajaya
Labuan
Pulau Labuan
Lembah Klang
Klang Valley
Pantai Timur
Pantai Barat
Utara Semenanjung
Iskandar Malaysia
Wilayah Iskandar
]],

-- Malaysia: Johor: districts, towns, Johor Bahru localities
[[
Batu Pahat
Johor Bahru
Johor Baharu
JB
Kluang
Kota Tinggi
Kulai
Kulaijaya
Mersing
Muar
Bandar Maharani
Pontian
Segamat
Tangkak
Ledang
Iskandar Puteri
Nusajaya
Pasir Gudang
Skudai
Yong Peng
Labis
Pengerang
Simpang Renggam
Ayer Hitam
Air Hitam
Parit Raja
Parit Sulong
Senai
Ulu Tiram
Masai
Gelang Patah
Kempas
Tampoi
Larkin
Tebrau
Danga Bay
Bukit Indah
Taman Molek
Permas Jaya
Stulang
Stulang Laut
Plentong
Bandar Dato' Onn
Mount Austin
Taman Daya
Johor Jaya
Taman Universiti
Kangkar Pulai
Lima Kedai
Tanjung Kupang
Tanjung Pelepas
Pelabuhan Tanjung Pelepas
Sungai Tiram
Kota Iskandar
Medini
Puteri Harbour
Forest City
Bukit Chagar
Woodlands Causeway
Tambak Johor
Johor Causeway
Second Link
Linkedua
Pulau Kukup
Kukup
Benut
Rengit
Semerah
Sri Gading
Tongkang Pecah
Bukit Gambir
Sagil
Bukit Kepong
Pagoh
Bukit Pasir
Parit Jawa
Sungai Mati
Serom
Machap
Renggam
Paloh
Kahang
Chaah
Bekok
Buloh Kasap
Jementah
Batu Anam
Endau
Jemaluang
Desaru
Bandar Penawar
Sedili
Kota Masai
Taman Johor Jaya
Bandar Seri Alam
Bandar Baru Uda
Taman Pelangi
Pasir Pelangi
Tanjung Puteri
Bukit Serene
]],

-- Malaysia: Kedah: districts and towns
[[
Baling
Bandar Baharu
Kota Setar
Alor Setar
Alor Star
Kuala Muda
Kubang Pasu
Kulim
Langkawi
Pulau Langkawi
Padang Terap
Pendang
Pokok Sena
Sik
Sungai Petani
Jitra
Changlun
Kuala Kedah
Bukit Kayu Hitam
Kuala Nerang
Kodiang
Tanjung Dawai
Merbok
Bedong
Padang Serai
Sungai Limau
Anak Bukit
Guar Chempedak
Bukit Jenun
Kuala Ketil
Pantai Cenang
Padang Matsirat
Durian Burung
]],

-- Malaysia: Kelantan: districts and towns
[[
Bachok
Gua Musang
Jeli
Kota Bharu
Kuala Krai
Machang
Pasir Mas
Pasir Puteh
Tanah Merah
Tumpat
Kecil Lojing
Lojing
Rantau Panjang
Wakaf Bharu
Ketereh
Kubang Kerian
Pengkalan Chepa
Dabong
Temangan
Kok Lanas
Melor
Pengkalan Kubor
Tok Bali
Selising
Cherang Ruku
Bukit Bunga
Pulai Chondong
Kuala Besut
]],

-- Malaysia: Melaka: districts and towns
[[
Alor Gajah
Jasin
Melaka Tengah
Bandaraya Melaka
Ayer Keroh
Air Keroh
Masjid Tanah
Klebang
Merlimau
Bemban
Durian Tunggal
Tanjung Kling
Pulau Sebang
Umbai
Batu Berendam
Bukit Katil
Ayer Molek
Bukit Beruang
Tangga Batu
Kota Laksamana
Jonker Street
Bukit Cina
Bukit China
]],

-- Malaysia: Negeri Sembilan: districts and towns
[[
Jelebu
Jempol
Kuala Pilah
Port Dickson
Rembau
Seremban
Tampin
Bahau
Senawang
Lukut
Mantin
Linggi
Kuala Klawang
Johol
Simpang Durian
Bandar Seri Jempol
Sendayan
Si Rusa
Teluk Kemang
Pasir Panjang
Chembong
Batang Benar
]],

-- Malaysia: Pahang: districts and towns
[[
Bentong
Bera
Cameron Highlands
Tanah Tinggi Cameron
Jerantut
Kuantan
Lipis
Kuala Lipis
Maran
Raub
Rompin
Kuala Rompin
Temerloh
Genting Highlands
Bukit Fraser
Fraser's Hill
Mentakab
Muadzam Shah
Tanah Rata
Brinchang
Cherating
Gambang
Pulau Tioman
Tioman
Triang
Karak
Lanchang
Kuala Krau
Chenor
Jengka
Bandar Jengka
Kuala Tahan
Sungai Lembing
Beserah
Indera Mahkota
Bandar Indera Mahkota
Tanjung Lumpur
Benta
Padang Tengku
Kechau
Janda Baik
Kuala Pahang
Nenasi
Kuala Kuantan
Teluk Cempedak
Gebeng
]],

-- Malaysia: Pulau Pinang: districts and towns
[[
Seberang Perai
Seberang Prai
Seberang Perai Selatan
Seberang Perai Tengah
Seberang Perai Utara
George Town
Georgetown
Butterworth
Bukit Mertajam
Bayan Lepas
Bayan Baru
Balik Pulau
Nibong Tebal
Kepala Batas
Air Itam
Ayer Itam
Tanjung Bungah
Tanjung Tokong
Batu Ferringhi
Teluk Bahang
Gelugor
Gelugur
Jelutong
Bukit Bendera
Penang Hill
Bagan Ajam
Bagan Lalang
Perai
Prai
Simpang Ampat
Batu Kawan
Sungai Bakap
Permatang Pauh
Tasek Gelugor
Tasek Gelugur
Sungai Dua
Sungai Ara
Paya Terubong
Farlim
Pulau Tikus
Gurney Drive
Teluk Kumbar
Batu Maung
Permatang Pasir
Bukit Tambun
Pulau Jerejak
Pulau Aman
Penang Bridge
Jambatan Pulau Pinang
Jambatan Sultan Abdul Halim Mu'adzam Shah
]],

-- Malaysia: Perak: districts and towns
[[
Bagan Datuk
Bagan Datoh
Batang Padang
Hilir Perak
Hulu Perak
Kerian
Kinta
Kuala Kangsar
Larut Matang dan Selama
Larut, Matang dan Selama
Manjung
Muallim
Perak Tengah
Ipoh
Taiping
Teluk Intan
Lumut
Sitiawan
Batu Gajah
Tapah
Tanjung Malim
Tanjong Malim
Parit Buntar
Gerik
Grik
Lenggong
Seri Iskandar
Slim River
Bidor
Pulau Pangkor
Pangkor
Tanjung Rambutan
Gopeng
Simpang Pulai
Ayer Tawar
Bagan Serai
Kuala Kurau
Kamunting
Changkat Jering
Trong
Beruas
Pantai Remis
Segari
Chemor
Jelapang
Menglembu
Malim Nawar
Kinta Valley
Lembah Kinta
Tronoh
Langkap
Hutan Melintang
Teluk Anson
Chenderiang
Temoh
Sungkai
Trolak
Behrang
Pengkalan Hulu
Kenering
Sungai Siput
Manong
Padang Rengas
Lawan Kuda
Tasik Banding
Tasik Temenggor
Royal Belum
Bota
Kampung Gajah
Lambor
Kuala Sepetang
Bukit Gantang
]],

-- Malaysia: Perlis: towns
[[
Kangar
Arau
Padang Besar
Kuala Perlis
Chuping
Beseri
Wang Kelian
Sanglang
Kurong Tengar
Mata Ayer
]],

-- Malaysia: Sabah: districts and towns
[[
Beaufort
Beluran
Keningau
Kinabatangan
Kota Belud
Kota Kinabalu
Kota Marudu
Kuala Penyu
Kudat
Kunak
Lahad Datu
Nabawan
Papar
Penampang
Pitas
Putatan
Ranau
Sandakan
Semporna
Sipitang
Tambunan
Tawau
Telupid
Tenom
Tongod
Tuaran
Kalabakan
Paitan
Gunung Kinabalu
Mount Kinabalu
Kinabalu
Sepanggar
Inanam
Likas
Luyang
Kepayan
Tanjung Aru
Lok Kawi
Kinarut
Kimanis
Membakut
Bongawan
Menumbok
Sindumin
Long Pasia
Sapulut
Pensiangan
Kemabong
Pulau Banggi
Banggi
Matunggong
Bandau
Tamparuli
Kiulu
Tenghilan
Kundasang
Mesilou
Sukau
Bukit Garam
Kota Kinabatangan
Felda Sahabat
Sipadan
Pulau Sipadan
Mabul
Pulau Mabul
Kapalai
Mataking
Bum Bum
Pulau Bum Bum
Ligitan
Pulau Ligitan
Pulau Sebatik Malaysia
Wallace Bay
Merotai
Balung
Tanjung Batu Tawau
Danum Valley
Lembah Danum
Maliau Basin
Lembangan Maliau
Sepilok
Gomantong
Selingan
Pulau Gaya
Pulau Manukan
Pulau Sapi
Pulau Mamutik
Pulau Sulug
Tunku Abdul Rahman Park
Taman Tunku Abdul Rahman
Pantai Barat Sabah
Pantai Timur Sabah
Pedalaman Sabah
]],

-- Malaysia: Sarawak: divisions, districts and towns
[[
Kuching
Samarahan
Kota Samarahan
Serian
Sri Aman
Betong
Sarikei
Sibu
Mukah
Bintulu
Kapit
Miri
Limbang
Lundu
Asajaya
Simunjan
Tebedu
Lubok Antu
Lubuk Antu
Saratok
Pusa
Kabong
Meradong
Bintangor
Julau
Kanowit
Selangau
Dalat
Daro
Matu
Tanjung Manis
Tatau
Sebauh
Belaga
Bukit Mabong
Marudi
Subis
Beluru
Telang Usan
Padawan
Sebuyau
Siburan
Tabuan
Petra Jaya
Batu Kawa
Santubong
Kota Padawan
Sematan
Tebakang
Balai Ringin
Engkilili
Pantu
Spaoh
Debak
Roban
Kalaka
Kuala Rajang
Sungai Asap
Bakun
Murum
Baram
Long Lama
Long San
Long Akah
Bario
Ba'kelalan
Mulu
Gunung Mulu
Niah
Gua Niah
Batu Niah
Lambir
Sibuti
Bekenu
Tudan
Lutong
Kuala Baram
Piasau
Pujut
Senadin
Kidurong
Similajau
Samalaju
Nanga Merit
Balingian
Igan
Sibu Jaya
Kemena
Rajang
Sungai Rajang
Batang Lupar
Batang Ai
Batang Rajang
Kuching Utara
Kuching Selatan
Demak Laut
Stutong
Satok
Tabuan Jaya
Kota Sentosa
Stapok
Stampin
Kuala Sarawak
Trusan
Merapok
Long Semadoh
Ulu Baram
Ulu Rajang
Ulu Kapit
]],

-- Malaysia: Selangor: districts and towns
[[
Gombak
Hulu Langat
Hulu Selangor
Ulu Selangor
Klang
Kuala Langat
Kuala Selangor
Petaling
Sabak Bernam
Sepang
Shah Alam
Petaling Jaya
Subang Jaya
Puchong
Cyberjaya
Rawang
Kajang
Bangi
Bandar Baru Bangi
Semenyih
Ampang
Ampang Jaya
Selayang
Batu Caves
Port Klang
Pelabuhan Klang
Kapar
Meru
Seri Kembangan
Sri Kembangan
Serdang
Balakong
Sungai Buloh
Kota Damansara
Damansara
Mutiara Damansara
Damansara Perdana
Damansara Jaya
Bandar Utama
Kelana Jaya
USJ
Setia Alam
Bukit Jelutong
Kuala Kubu Bharu
Kuala Kubu Baru
Bukit Beruntung
Batang Kali
Tanjong Karang
Tanjung Karang
Sekinchan
Dengkil
Salak Tinggi
KLIA
KLIA2
Kota Kemuning
Bukit Raja
Ijok
Hulu Kelang
Ulu Klang
Sri Gombak
Taman Melawati
Bukit Antarabangsa
Pandan Indah
Pandan Jaya
Batu 9 Cheras
Beranang
Sungai Long
Bandar Mahkota Cheras
Bandar Sunway
Sunway
Ara Damansara
Glenmarie
Bandar Botanic
Pulau Indah
Pulau Ketam
Jenjarom
Teluk Panglima Garang
Kuala Kubu
Kalumpang
Kerling
Ulu Yam
Bestari Jaya
Batang Berjuntai
Bukit Rotan
Sungai Besar
Sabak
Sungai Air Tawar
Bagan Nakhoda Omar
Hulu Bernam
Sungai Pelek
Bagan Lalang Sepang
Puncak Alam
Bandar Puncak Alam
Puncak Jalil
Kinrara
Bandar Kinrara
Sri Serdang
Putra Heights
Bandar Saujana Putra
Bukit Subang
Bandar Rimbayu
Bandar Tun Hussein Onn
Bukit Melawati
Kampung Kuantan
Tasik Biru
Tanjung Sepat
Morib
Sungai Pinang
Sungai Kandis
Kota Raja
Taman Sri Muda
Templer Park
Kundang
Sungai Choh
Bandar Country Homes
Bandar Tasik Puteri
Selayang Baru
Batu Arang
Gombak Setia
Sungai Tua
]],

-- Malaysia: Terengganu: districts and towns
[[
Besut
Dungun
Hulu Terengganu
Kemaman
Kuala Nerus
Kuala Terengganu
Marang
Setiu
Chukai
Kerteh
Kertih
Jerteh
Paka
Kuala Berang
Pulau Redang
Redang
Pulau Perhentian
Perhentian
Pulau Kapas
Pulau Tenggol
Pulau Bidong
Bidong
Merchang
Rantau Abang
Kijal
Kemasik
Bandar Permaisuri
Batu Rakit
Seberang Takir
Gong Badak
Ajil
Tasik Kenyir
Kenyir
Wakaf Tapai
Bukit Payong
Bandar Al-Muktafi Billah Shah
Teluk Kalong
Bukit Besi
Jabor
]],

-- Malaysia: Kuala Lumpur: localities
[[
Bukit Bintang
Bangsar
Bangsar South
Cheras
Kepong
Setapak
Wangsa Maju
Titiwangsa
Segambut
Bukit Jalil
Sri Petaling
Kampung Baru
Kampung Bharu
Chow Kit
Brickfields
Mont Kiara
Damansara Heights
Bukit Damansara
Pudu
Jalan Petaling
Petaling Street
KLCC
Mid Valley
Sri Hartamas
Taman Tun Dr Ismail
TTDI
Lembah Pantai
Seputeh
Bandar Tun Razak
Kuchai Lama
Desa Petaling
Salak Selatan
Jinjang
Kampung Pandan
Maluri
Ampang Hilir
Dang Wangi
Kampung Attap
Bukit Nanas
Masjid India
KL Sentral
Kuala Lumpur Sentral
Tun Razak Exchange
TRX
Bukit Ceylon
Jalan Bukit Bintang
Imbi
Dataran Merdeka
Taman Desa
Taman Connaught
Taman Maluri
Taman Midah
Alam Damai
Bandar Sri Permaisuri
Sungai Besi
Sg Besi
Bukit Kiara
Sri Damansara
Desa ParkCity
Desa Park City
Bandar Menjalara
Kepong Baru
Jinjang Utara
Segambut Dalam
Sentul Timur
Sentul Barat
Setiawangsa
Kampung Datuk Keramat
Datuk Keramat
Ampang Point
Jalan Ampang
Jalan Tun Razak
Jalan Sultan Ismail
Jalan Raja Laut
Jalan Tuanku Abdul Rahman
Jalan Duta
Jalan Kuching
Bukit Aman
Bukit Perdana
Bukit Tunku
Kenny Hills
Cheras Baru
Taman Cheras
Taman Segar
Taman Shamelin
Pandan Perdana
Kuala Lumpur City Centre
Kampung Sungai Penchala
Sungai Penchala
Kampung Kerinchi
Kerinchi
Pantai Dalam
Bukit Gasing
Jalan Klang Lama
Old Klang Road
OUG
Taman OUG
Overseas Union Garden
Kuchai
Taman Desa Petaling
Sri Sentosa
Bukit Petaling
Medan Tuanku
]],

-- Malaysia: Putrajaya and Labuan: precincts and towns
[[
Putrajaya Lake
Tasik Putrajaya
Bandar Labuan
Pulau Papan
Rancha-Rancha
Layang-Layangan
Pulau Kuraman
Sungai Lada
Bebuloh
]],

-- Malaysia: Rivers, mountains, islands and other geography
[[
Sungai Pahang
Sungai Kelantan
Sungai Perak
Sungai Muar
Sungai Johor
Sungai Kinabatangan
Sungai Klang
Sungai Gombak
Sungai Langat
Sungai Selangor
Sungai Bernam
Sungai Terengganu
Sungai Kedah
Sungai Muda
Sungai Golok
Sungai Kolok
Sungai Endau
Sungai Padas
Sungai Baram
Sungai Lupar
Sungai Limbang
Sungai Trusan
Sungai Sarawak
Sungai Kemena
Sungai Linggi
Sungai Melaka
Sungai Prai
Sungai Kerian
Sungai Kuantan
Sungai Semantan
Sungai Tembeling
Sungai Lebir
Sungai Galas
Sungai Nenggiri
Sungai Dungun
Sungai Kemaman
Sungai Besut
Gunung Tahan
Taman Negara
Gunung Ledang
Gunung Jerai
Gunung Angsi
Gunung Nuang
Gunung Korbu
Gunung Brinchang
Gunung Mulu National Park
Gunung Murud
Gunung Trusmadi
Gunung Tambuyukon
Bukit Larut
Maxwell Hill
Banjaran Titiwangsa
Banjaran Crocker
Crocker Range
Banjaran Bintang
Banjaran Timur
Tasik Chini
Tasik Bera
Tasik Pedu
Tasik Muda
Empangan Bakun
Empangan Murum
Empangan Batang Ai
Pulau Tinggi
Pulau Sibu
Pulau Rawa
Pulau Aur
Pulau Pemanggil
Pulau Besar
Pulau Pisang
Pulau Payar
Pulau Dayang Bunting
Pulau Tuba
Pulau Layang-Layang
Beting Patinggi Ali
Luconia Shoals
Beting Serupai
Pulau Batu Puteh
Pedra Branca
Batuan Tengah
Middle Rocks
Tubir Selatan
South Ledge
Selat Johor
Tanjung Piai
Tanjung Tuan
Cape Rachado
Tanjung Bidara
Tanjung Simpang Mengayau
Teluk Brunei
Teluk Darvel
Teluk Marudu
Teluk Cowie
Teluk Sebatik
Teluk Nipah
]],

-- Singapore: Country, regions and the planning areas
[[
Singapore
Singapura
Republic of Singapore
Republik Singapura
Ang Mo Kio
Bedok
Bishan
Boon Lay
Bukit Batok
Bukit Merah
Bukit Panjang
Bukit Timah
Central Water Catchment
Changi
Changi Bay
Choa Chu Kang
Chua Chu Kang
Clementi
Downtown Core
Geylang
Hougang
Jurong East
Jurong West
Kallang
Lim Chu Kang
Mandai
Marina East
Marina South
Marine Parade
North-Eastern Islands
Novena
Outram
Pasir Ris
Paya Lebar
Punggol
Queenstown
River Valley
Rochor
Seletar
Sembawang
Serangoon
Singapore River
Southern Islands
Straits View
Sungei Kadut
Tampines
Tanglin
Toa Payoh
Tuas
Western Islands
Western Water Catchment
Woodlands
Yishun
]],

-- Singapore: Towns, estates and well-known areas
[[
Jurong
Jurong Island
Jurong Lake District
Jurong Lake
Sentosa
Pulau Sentosa
Marina Bay
Raffles Place
Chinatown
Little India
Kampong Glam
Kampong Gelam
Holland Village
Dhoby Ghaut
Tanjong Pagar
Clarke Quay
Boat Quay
Robertson Quay
Pulau Ubin
Pulau Tekong
Tiong Bahru
Buona Vista
one-north
HarbourFront
Keppel Bay
Bukit Gombak
Yew Tee
Tai Seng
Kranji
Marsiling
Eunos
Aljunied
Potong Pasir
Joo Chiat
Katong
Siglap
Simei
Upper Thomson
Bukit Brown
Loyang
Kent Ridge
Redhill
Telok Blangah
Telok Ayer
Bencoolen
Farrer Park
Balestier
Whampoa
Bendemeer
Boon Keng
Orchard Road
Scotts Road
Bras Basah
Suntec
Suntec City
Gardens by the Bay
Punggol Digital District
Tengah New Town
Bayshore
Sengkang West
Fernvale
Rivervale
Anchorvale
Compassvale
Buangkok
Kovan
Lorong Chuan
Lorong Halus
Coney Island
Pulau Serangoon
Pulau Bukom
Pulau Semakau
Pulau Brani
St John's Island
Kusu Island
Lazarus Island
Pulau Hantu
Sisters' Islands
Changi Village
Changi Airport
Paya Lebar Air Base
Tengah Air Base
Tuas Port
Pasir Panjang Terminal
Keppel Harbour
Woodlands Checkpoint
Tuas Checkpoint
Tuas Second Link
Bukit Timah Nature Reserve
Sungei Buloh
MacRitchie
MacRitchie Reservoir
Upper Seletar
Lower Peirce
Bedok Reservoir
Kranji Reservoir
Pandan Reservoir
East Coast Park
West Coast
Marina Barrage
Ghim Moh
Holland Road
Teck Whye
Keat Hong
Bukit Batok West
Hong Kah
Nanyang
Joo Koon
Taman Jurong
Ulu Pandan
Pasir Laba
Bishan-Toa Payoh
Bishan Park
Tampines West
Tampines East
Tampines North
Bedok North
Bedok South
Geylang Serai
Geylang Bahru
Kallang Bahru
Kallang Basin
Tanjong Rhu
Old Airport Road
Pasir Ris Park
Punggol Waterway
Seletar Hills
Yio Chu Kang
Cheng San
Thomson Road
Serangoon Gardens
Serangoon North
Hillview
Bukit Timah Road
Newton Circus
Woodlands North
Woodlands South
Woodlands Regional Centre
Admiralty Park
Canberra Road
Sembawang Road
Mandai Road
Lentor
Springleaf
Upper Changi
Tanah Merah Ferry
Changi East
Jewel Changi
]],

-- Brunei: Country, districts and towns
[[
Brunei
Brunei Darussalam
Negara Brunei Darussalam
Brunei-Muara
Brunei Muara
Belait
Tutong
Temburong
Bandar Seri Begawan
BSB
Kuala Belait
Seria
Bangar
Gadong
Kiulap
Berakas
Jerudong
Kampong Ayer
Kampung Ayer
Sungai Liang
Lamunin
Pekan Tutong
Mentiri
Sengkurong
Kilanas
Lambak Kanan
Beribi
Tasek Lama
Pulau Muara Besar
Sultan Haji Omar Ali Saifuddien Bridge
Jambatan Sultan Haji Omar Ali Saifuddien
]],

-- Philippines: Country and regions
[[
Philippines
Filipina
Republic of the Philippines
Republik Filipina
Pilipinas
Luzon
Visayas
Mindanao
Northern Luzon
North Luzon
Southern Luzon
Central Luzon
Metro Manila
National Capital Region
NCR
Ilocos
Ilocos Region
Cagayan Valley
Cordillera
Cordillera Administrative Region
Calabarzon
Mimaropa
Bicol
Bicol Region
Bikol
Western Visayas
Central Visayas
Eastern Visayas
Negros Island Region
Zamboanga Peninsula
Northern Mindanao
Davao Region
Soccsksargen
Caraga
Bangsamoro
Bangsamoro Autonomous Region in Muslim Mindanao
BARMM
ARMM
Southern Tagalog
Mega Manila
Greater Manila
Sulu Archipelago
Sulu Sea
Visayan Sea
Sibuyan Sea
Mindanao Sea
Bohol Sea
Celebes Sea
Moro Gulf
Gulf of Davao
Davao Gulf
Lingayen Gulf
Manila Bay
Subic Bay
Leyte Gulf
Ragay Gulf
Panay Gulf
Tañon Strait
San Bernardino Strait
San Juanico Strait
Surigao Strait
Verde Island Passage
Mindoro Strait
Balabac Strait
Basilan Strait
Luzon Strait
Bashi Channel
Babuyan Channel
Philippine Sea
West Philippine Sea
Laut Filipina Barat
Scarborough Shoal
Bajo de Masinloc
Panatag Shoal
Second Thomas Shoal
Ayungin Shoal
Sabina Shoal
Escoda Shoal
Whitsun Reef
Julian Felipe Reef
Mischief Reef
Panganiban Reef
Subi Reef
Fiery Cross Reef
Thitu
Pag-asa Island
Spratly Islands
Spratlys
Spratly
Kepulauan Spratly
Kalayaan Island Group
Kalayaan
Reed Bank
Recto Bank
Paracel Islands
Paracels
Kepulauan Paracel
]],

-- Philippines: Provinces
[[
Abra
Agusan del Norte
Agusan del Sur
Aklan
Albay
Apayao
Basilan
Bataan
Batanes
Batangas
Benguet
Biliran
Bohol
Bukidnon
Bulacan
Cagayan
Camarines Norte
Camarines Sur
Camiguin
Capiz
Catanduanes
Cavite
Cebu
Cotabato
North Cotabato
Davao de Oro
Compostela Valley
Davao del Norte
Davao del Sur
Davao Occidental
Davao Oriental
Dinagat Islands
Dinagat
Eastern Samar
Guimaras
Ifugao
Ilocos Norte
Ilocos Sur
Iloilo
Isabela
Kalinga
La Union
Laguna
Lanao del Norte
Lanao del Sur
Leyte
Maguindanao
Maguindanao del Norte
Maguindanao del Sur
Marinduque
Masbate
Misamis Occidental
Misamis Oriental
Mountain Province
Negros Occidental
Negros Oriental
Negros
Northern Samar
Nueva Ecija
Nueva Vizcaya
Occidental Mindoro
Oriental Mindoro
Mindoro
Palawan
Pampanga
Pangasinan
Quezon
Quezon Province
Quirino
Rizal
Rizal Province
Romblon
Samar Island
Western Samar
Sarangani
Siquijor
Sorsogon
South Cotabato
Southern Leyte
Sultan Kudarat
Sulu
Surigao del Norte
Surigao del Sur
Tarlac
Tawi-Tawi
Zambales
Zamboanga del Norte
Zamboanga del Sur
Zamboanga Sibugay
Panay
Samal Island
Siargao
Boracay
Coron
El Nido
Busuanga
Culion
Balabac
Jolo
Bongao
Sibutu
Sitangkai
Polillo
Ticao
Burias
Sibuyan
Tablas
Batan Island
Babuyan Islands
Calayan
Camotes Islands
Bantayan
Malapascua
Mactan
Olango
Panglao
Apo Island
Sipalay
Homonhon
Calicoan
]],

-- Philippines: Cities
[[
Manila
City of Manila
Quezon City
Caloocan
Caloocan City
Las Piñas
Las Pinas
Makati
Makati City
Malabon
Mandaluyong
Marikina
Muntinlupa
Navotas
Parañaque
Paranaque
Pasay
Pasay City
Pasig
Pasig City
San Juan City
Taguig
Taguig City
Valenzuela City
Pateros
Angeles City
Bacolod
Baguio
Baguio City
Butuan
Cagayan de Oro
CDO
Cebu City
Davao City
Davao
General Santos
General Santos City
GenSan
Iligan
Iloilo City
Lapu-Lapu City
Lucena
Lucena City
Mandaue
Mandaue City
Olongapo
Puerto Princesa
Tacloban
Tacloban City
Zamboanga City
Zamboanga
Antipolo
Cotabato City
Dagupan
Naga City
Ormoc
Santiago City
Alaminos
Bais
Balanga
Batac
Bayawan
Baybay
Bayugan
Biñan
Binan
Bislig
Bogo
Borongan
Cabadbaran
Cabanatuan
Cabuyao
Cadiz City
Calamba
Calapan
Calbayog
Candon
Canlaon
Carcar
Catbalogan
Cauayan
Cavite City
Danao
Dapitan
Dasmariñas
Dasmarinas
Digos
Dipolog
Dumaguete
Gapan
General Trias
Gingoog
Guihulngan
Himamaylan
Ilagan
Imus
Iriga
Isabela City
Kabankalan
Kidapawan
Koronadal
Marbel
La Carlota
Lamitan
Laoag
Legazpi
Legaspi
Ligao
Lipa
Lipa City
Maasin
Mabalacat
Malaybalay
Malolos
Marawi
Marawi City
Masbate City
Meycauayan
Science City of Muñoz
Oroquieta
Ozamiz
Ozamis
Panabo
Passi
Roxas City
Sagay
Island Garden City of Samal
San Carlos City
San Fernando City
San Jose City
San Jose del Monte
San Pablo City
Santa Rosa City
Santo Tomas City
Silay
Sorsogon City
Surigao City
Tabaco
Tabuk
Tacurong
Tagaytay
Tagbilaran
Tagum
Talisay City
Tanauan
Tandag
Tangub
Tanjay
Tarlac City
Tayabas
Toledo City
Trece Martires
Tuguegarao
Urdaneta
Valencia City
Victorias
Vigan
Bacoor
Batangas City
Baliwag
Baliuag
Calaca
Malabon City
Navotas City
Marikina City
Muntinlupa City
Parañaque City
Mandaluyong City
Las Piñas City
Kalibo
Catarman
Virac
Daet
Boac
Mamburao
Basco
Bontoc
Lagawe
Bangued
Kabugao
La Trinidad
Sablayan
Puerto Galera
Bauang
Agoo
Candaba
Clark Freeport
Subic
Subic Freeport
Mariveles
Orani
Limay
Hagonoy
Marilao
Bocaue
Obando
Norzagaray
Plaridel
Calumpit
Guiguinto
San Mateo
Cainta
Taytay
Binangonan
Angono
Tanay
Morong
Jalajala
Pililla
Los Baños
Los Banos
Pagsanjan
Sta. Rosa
Tanza
Kawit
Noveleta
Naic
Maragondon
Indang
Nasugbu
Taal
Lemery
Balayan
Calatagan
Anilao
Bauan
Sariaya
Pagbilao
Gumaca
Atimonan
Peñablanca
Penablanca
Aparri
Sanchez-Mira
Claveria
Echague
Cabagan
Tumauini
Bayombong
Cabarroguis
Maddela
Baler
Dingalan
Casiguran
Dilasag
Palanan
Divilacan
Maconacon
Dinapigue
Pagudpud
Paoay
Currimao
Badoc
Sarrat
Dingras
Batac City
Narvacan
Tagudin
Sinait
Cabugao
Lingayen
Bolinao
Dasol
Mangaldan
Calasiao
Binalonan
Tayug
Villasis
Bayambang
Malasiqui
Camiling
Paniqui
Gerona
Capas
Olongapo City
Botolan
Masinloc
Palauig
Cabangan
San Narciso
Castillejos
San Marcelino
Legazpi City
Daraga
Tabaco City
Ligao City
Guinobatan
Camalig
Malilipot
Bacacay
Rapu-Rapu
Manito
Donsol
Irosin
Gubat
Matnog
Caramoan
Pasacao
Tinambac
Calabanga
Libmanan
Nabua
Buhi
Baao
Tigaon
Sipocot
Ragay
Lupi
Paracale
Borongan City
Guiuan
Tolosa
Dulag
Abuyog
Carigara
Kananga
Albuera
Hilongos
Hindang
Sogod
Liloan
Hinunangan
Catbalogan City
Basey
Marabut
Calbiga
Laoang
Palapag
Calbayog City
Ormoc City
Ormoc Bay
Maasin City
Caticlan
Oton
Pavia
Miagao
Guimbal
Tigbauan
San Jose de Buenavista
Culasi
Bacolod City
Silay City
Victorias City
Cadiz
Sagay City
Escalante City
Himamaylan City
Kabankalan City
Binalbagan
Hinigaran
Dumaguete City
Bais City
Tanjay City
Guihulngan City
Bayawan City
Dauin
Zamboanguita
Sibulan
Tagbilaran City
Panglao Island
Loboc
Jagna
Talibon
Ubay
Tubigon
Lapu-Lapu
Minglanilla
Carcar City
Sibonga
Argao
Dalaguete
Alcoy
Boljoon
Oslob
Moalboal
Badian
Barili
Dumanjug
Balamban
Asturias
Tuburan
Danao City
Bogo City
Daanbantayan
San Remigio
Tabogon
Larena
Dipolog City
Dapitan City
Sindangan
Liloy
Pagadian
Pagadian City
Kabasalan
Lamitan City
Maluso
Tipo-Tipo
Sumisip
Patikul
Indanan
Maimbung
Talipao
Luuk
Siasi
Cagayan de Oro City
Iligan City
Ozamiz City
Oroquieta City
Tangub City
Gingoog City
El Salvador City
Malaybalay City
Maramag
Manolo Fortich
Butuan City
Cabadbaran City
Bayugan City
Surigao
Bislig City
Tandag City
Siargao Island
General Luna
Tagum City
Panabo City
Island Garden City
Samal
Digos City
Mati City
Malita
Koronadal City
Polomolok
Surallah
Lake Sebu
Tacurong City
Isulan
Kalamansig
Kidapawan City
Midsayap
Kabacan
Pikit
Alamada
Libungan
Pigcawayan
Shariff Aguak
Datu Odin Sinsuat
Datu Piang
Buluan
Sultan sa Barongis
Ampatuan
Mamasapano
Balabagan
Malabang
Tubod
Kapatagan
Alabel
Glan
Maitum
Kiamba
Malungon
Maasim
]],

-- Philippines: Metro Manila districts and landmarks
[[
Tondo
Binondo
Ermita
Malate
Quiapo
Sampaloc
Intramuros
Pandacan
Malacañang
Malacanang
Bonifacio Global City
BGC
Fort Bonifacio
Ortigas
Ortigas Center
Cubao
Diliman
Novaliches
Alabang
Poblacion Makati
Legaspi Village
Salcedo Village
Greenhills
Commonwealth Avenue
EDSA
Epifanio de los Santos Avenue
Roxas Boulevard
Baclaran
NAIA
Ninoy Aquino International Airport
Payatas
Batasan
Batasan Hills
Fairview
Bagong Silangan
Kamuning
San Andres Bukid
Navotas Fish Port
Tullahan
Marikina River
Pasig River
Laguna de Bay
Laguna Lake
Taal Lake
Taal Volcano
Lake Lanao
Lake Buhi
Cagayan River
Rio Grande de Mindanao
Agusan River
Pampanga River
Abra River
Agno River
Chico River
Mayon
Mayon Volcano
Mount Mayon
Mount Pinatubo
Pinatubo
Kanlaon
Kanlaon Volcano
Mount Kanlaon
Mount Apo
Mount Bulusan
Bulusan
Bulusan Volcano
Hibok-Hibok
Mount Pulag
Pulag
Mount Banahaw
Banahaw
Mount Makiling
Makiling
Mount Arayat
Arayat
Mount Kitanglad
Kitanglad
Mount Hamiguitan
Mount Malindang
Mount Matutum
Matutum
Sierra Madre
Cordillera Central
Chocolate Hills
Banaue
Banaue Rice Terraces
Sagada
Tubbataha
Tubbataha Reef
Puerto Princesa Underground River
Hundred Islands
Calaguas
Apo Reef
Batanes Islands
]],

-- Vietnam: Country, regions
[[
Vietnam
Viet Nam
Việt Nam
Vietnam Selatan
Vietnam Utara
South Vietnam
North Vietnam
Tonkin
Annam
Cochinchina
Mekong Delta
Delta Mekong
Đồng bằng sông Cửu Long
Central Highlands
Tây Nguyên
Tay Nguyen
Red River Delta
Red River
Sông Hồng
Song Hong
Mekong
Sungai Mekong
Mekong River
Gulf of Tonkin
Teluk Tonkin
Vịnh Bắc Bộ
Ha Long Bay
Halong Bay
Vịnh Hạ Long
Hoang Sa
Hoàng Sa
Truong Sa
Trường Sa
East Sea
Biển Đông
]],

-- Vietnam: Centrally-run cities (pre-2025)
[[
Hanoi
Ha Noi
Hà Nội
Ho Chi Minh City
Thành phố Hồ Chí Minh
TP Hồ Chí Minh
TP.HCM
HCMC
HCM City
Kota Ho Chi Minh
Saigon
Sai Gon
Sài Gòn
Hai Phong
Haiphong
Hải Phòng
Da Nang
Danang
Đà Nẵng
Can Tho
Cần Thơ
Hue
Huế
]],

-- Vietnam: Provinces (pre-2025 list), ASCII and Vietnamese spellings
[[
An Giang
Ba Ria-Vung Tau
Ba Ria - Vung Tau
Bà Rịa – Vũng Tàu
Bà Rịa-Vũng Tàu
Bac Giang
Bắc Giang
Bac Kan
Bắc Kạn
Bac Lieu
Bạc Liêu
Bac Ninh
Bắc Ninh
Ben Tre
Bến Tre
Binh Dinh
Bình Định
Binh Duong
Bình Dương
Binh Phuoc
Bình Phước
Binh Thuan
Bình Thuận
Ca Mau
Cà Mau
Cao Bang
Cao Bằng
Dak Lak
Daklak
Đắk Lắk
Dak Nong
Đắk Nông
Dien Bien
Điện Biên
Dong Nai
Đồng Nai
Dong Thap
Đồng Tháp
Gia Lai
Ha Giang
Hà Giang
Ha Nam
Hà Nam
Ha Tinh
Hà Tĩnh
Hai Duong
Hải Dương
Hau Giang
Hậu Giang
Hoa Binh
Hòa Bình
Hung Yen
Hưng Yên
Khanh Hoa
Khánh Hòa
Kien Giang
Kiên Giang
Kon Tum
Lai Chau
Lai Châu
Lam Dong
Lâm Đồng
Lang Son
Lạng Sơn
Lao Cai
Lào Cai
Long An
Nam Dinh
Nam Định
Nghe An
Nghệ An
Ninh Binh
Ninh Bình
Ninh Thuan
Ninh Thuận
Phu Tho
Phú Thọ
Phu Yen
Phú Yên
Quang Binh
Quảng Bình
Quang Nam
Quảng Nam
Quang Ngai
Quảng Ngãi
Quang Ninh
Quảng Ninh
Quang Tri
Quảng Trị
Soc Trang
Sóc Trăng
Son La
Sơn La
Tay Ninh
Tây Ninh
Thai Binh
Thái Bình
Thai Nguyen
Thái Nguyên
Thanh Hoa
Thanh Hóa
Thua Thien Hue
Thua Thien-Hue
Thừa Thiên Huế
Tien Giang
Tiền Giang
Tra Vinh
Trà Vinh
Tuyen Quang
Tuyên Quang
Vinh Long
Vĩnh Long
Vinh Phuc
Vĩnh Phúc
Yen Bai
Yên Bái
]],

-- Vietnam: Other cities and well-known places
[[
Nha Trang
Da Lat
Đà Lạt
Vung Tau
Vũng Tàu
Hoi An
Hội An
Ha Long
Halong
Hạ Long
Vinh City
Quy Nhon
Qui Nhon
Quy Nhơn
Buon Ma Thuot
Buôn Ma Thuột
Phan Thiet
Phan Thiết
Mui Ne
Mũi Né
Phu Quoc
Phú Quốc
Con Dao
Côn Đảo
Sa Pa
Dien Bien Phu
Điện Biên Phủ
My Tho
Mỹ Tho
Rach Gia
Rạch Giá
Long Xuyen
Long Xuyên
Bien Hoa
Biên Hòa
Thu Duc
Thủ Đức
Thu Dau Mot
Thủ Dầu Một
Pleiku
Tam Ky
Tam Kỳ
Dong Hoi
Đồng Hới
Dong Ha
Đông Hà
Cam Ranh
Cam Ranh Bay
Phan Rang
Phan Rang-Thap Cham
Tuy Hoa
Tuy Hòa
Uong Bi
Cam Pha
Mong Cai
Móng Cái
Viet Tri
Việt Trì
Chau Doc
Châu Đốc
Sa Dec
Cao Lanh
Ha Tien
Hà Tiên
Moc Bai
Lao Bao
Huu Nghi
Dung Quat
Dung Quất
Vung Ang
Cai Mep
Cat Lai
Hai Van Pass
Đèo Hải Vân
Phong Nha
Phong Nha-Ke Bang
Son Doong
Hang Sơn Đoòng
Cat Ba
Cát Bà
Bach Long Vi
Ly Son
Lý Sơn
Tam Dao
Ba Vi
Mai Chau
Ninh Kieu
Ben Thanh
Bến Thành
Cu Chi
Củ Chi
Cu Chi Tunnels
Tay Ho
Tây Hồ
Hoan Kiem
Hoàn Kiếm
Ba Dinh
Ba Đình
Long Bien
Long Biên
Cau Giay
Cầu Giấy
Dong Da
Đống Đa
Hai Ba Trung
Hai Bà Trưng
Hoang Mai
Hoàng Mai
Thanh Xuan
Thanh Xuân
Ha Dong
Hà Đông
Bac Tu Liem
Bắc Từ Liêm
Nam Tu Liem
Nam Từ Liêm
Son Tay
Sơn Tây
Dong Anh
Đông Anh
Gia Lam
Gia Lâm
Soc Son
Sóc Sơn
Noi Bai
Nội Bài
Tan Son Nhat
Tân Sơn Nhất
Long Thanh
Long Thành
Binh Thanh
Bình Thạnh
Go Vap
Gò Vấp
Phu Nhuan
Phú Nhuận
Tan Binh
Tân Bình
Tan Phu
Tân Phú
Binh Tan
Bình Tân
Hoc Mon
Hóc Môn
Binh Chanh
Bình Chánh
Nha Be
Nhà Bè
Can Gio
Cần Giờ
Thu Thiem
Thủ Thiêm
Cholon
Chợ Lớn
Phu My Hung
Hai Chau
Hải Châu
Son Tra
Sơn Trà
Ngu Hanh Son
Ngũ Hành Sơn
Lien Chieu
Thanh Khe
Cam Le
Hoa Vang
Ba Na Hills
Mỹ Sơn
Hue Imperial City
Perfume River
Song Huong
Ben Hai
Khe Sanh
My Lai
Mỹ Lai
Hanoi Old Quarter
Van Don
Vân Đồn
Tam Coc
Trang An
Tràng An
Ha Giang Loop
Dong Van
Meo Vac
Fansipan
Hoang Lien Son
Ban Gioc
Bản Giốc
]],

-- Thailand: Country and regions
[[
Thailand
Muang Thai
Prathet Thai
Siam
Kerajaan Thailand
Thailand Selatan
Selatan Thailand
Southern Thailand
Isan
Isaan
Lanna
Deep South
Patani
Gulf of Thailand
Teluk Thailand
Andaman Sea
Chao Phraya
Chao Phraya River
Sungai Chao Phraya
Golden Triangle
Segitiga Emas
]],

-- Thailand: The 77 provinces
[[
Bangkok
Krung Thep
Krung Thep Maha Nakhon
Amnat Charoen
Ang Thong
Bueng Kan
Buriram
Buri Ram
Chachoengsao
Chai Nat
Chainat
Chaiyaphum
Chanthaburi
Chiang Mai
Chiangmai
Chiang Rai
Chonburi
Chon Buri
Chumphon
Kalasin
Kamphaeng Phet
Kanchanaburi
Khon Kaen
Krabi
Lampang
Lamphun
Loei
Lopburi
Lop Buri
Mae Hong Son
Maha Sarakham
Mukdahan
Nakhon Nayok
Nakhon Pathom
Nakhon Phanom
Nakhon Ratchasima
Korat
Khorat
Nakhon Sawan
Nakhon Si Thammarat
Narathiwat
Nong Bua Lamphu
Nong Khai
Nonthaburi
Pathum Thani
Pattani
Phang Nga
Phangnga
Phatthalung
Phayao
Phetchabun
Phetchaburi
Phichit
Phitsanulok
Phra Nakhon Si Ayutthaya
Ayutthaya
Phrae
Phuket
Prachinburi
Prachin Buri
Prachuap Khiri Khan
Ranong
Ratchaburi
Rayong
Roi Et
Sa Kaeo
Sakon Nakhon
Samut Prakan
Samut Prakarn
Samut Sakhon
Samut Songkhram
Saraburi
Satun
Sing Buri
Singburi
Sisaket
Si Sa Ket
Songkhla
Sukhothai
Suphan Buri
Suphanburi
Surat Thani
Surin
Trang
Trat
Ubon Ratchathani
Udon Thani
Uthai Thani
Uttaradit
Yala
Yasothon
]],

-- Thailand: Other cities and places
[[
Pattaya
Hat Yai
Hua Hin
Koh Samui
Ko Samui
Samui
Koh Phangan
Ko Pha Ngan
Koh Tao
Ko Tao
Koh Lanta
Ko Lanta
Koh Chang
Ko Chang
Koh Lipe
Phi Phi
Koh Phi Phi
Ko Phi Phi
Patong
Kata Beach
Karon
Ao Nang
Railay
Khao Lak
Similan
Similan Islands
Su-ngai Kolok
Sadao
Dan Nok
Tak Bai
Rueso
Bacho
Yaring
Nong Chik
Mae Sot
Mae Sai
Chiang Saen
Chiang Khong
Khao Yai
Khao Sok
Erawan
River Kwai
Sungai Kwai
Ayutthaya Historical Park
Si Racha
Laem Chabang
Map Ta Phut
Sattahip
U-Tapao
Bang Saen
Cha-am
Pranburi
Sam Roi Yot
Aranyaprathet
Khlong Luek
Thai-Lao Friendship Bridge
Mukdahan Bridge
Nakhon Phanom Bridge
Phra Pradaeng
Bang Phli
Bang Bua Thong
Pak Kret
Rangsit
Don Mueang Airport
Suvarnabhumi
Suvarnabhumi Airport
Sukhumvit
Silom
Sathorn
Siam Square
Ratchaprasong
Khao San Road
Khaosan Road
Yaowarat
Pratunam
Asok
Asoke
Thong Lo
Thonglor
Ekkamai
Sanam Luang
Wat Pho
Wat Arun
]],

-- Thailand: Bangkok: the 50 districts (khet)
[[
Phra Nakhon
Dusit
Nong Chok
Bang Rak
Bang Khen
Bang Kapi
Pathum Wan
Pathumwan
Pom Prap Sattru Phai
Phra Khanong
Min Buri
Minburi
Lat Krabang
Yan Nawa
Samphanthawong
Phaya Thai
Thon Buri
Thonburi
Bangkok Yai
Huai Khwang
Khlong San
Taling Chan
Bangkok Noi
Bang Khun Thian
Phasi Charoen
Nong Khaem
Rat Burana
Bang Phlat
Din Daeng
Bueng Kum
Sathon
Bang Sue
Chatuchak
Bang Kho Laem
Prawet
Khlong Toei
Khlong Toey
Suan Luang
Chom Thong
Don Mueang
Ratchathewi
Lat Phrao
Ladprao
Watthana
Bang Khae
Lak Si
Sai Mai
Khan Na Yao
Saphan Sung
Wang Thonglang
Khlong Sam Wa
Bang Na
Thawi Watthana
Thung Khru
Bang Bon
]],

-- Cambodia: Country, provinces and cities
[[
Cambodia
Kamboja
Kemboja
Kampuchea
Kingdom of Cambodia
Phnom Penh
Phnom Pénh
Banteay Meanchey
Battambang
Kampong Cham
Kampong Chhnang
Kampong Speu
Kampong Thom
Kampot
Kandal
Koh Kong
Kratie
Kratié
Mondulkiri
Mondul Kiri
Oddar Meanchey
Pailin
Preah Sihanouk
Sihanoukville
Kampong Som
Preah Vihear
Prey Veng
Pursat
Ratanakiri
Ratanak Kiri
Rattanakiri
Siem Reap
Siem Riep
Stung Treng
Steung Treng
Svay Rieng
Takeo
Takéo
Tbong Khmum
Kep Province
Poipet
Bavet
Serei Saophoan
Sisophon
Angkor
Angkor Wat
Angkor Thom
Bayon
Ta Prohm
Tonle Sap
Tonlé Sap
Danau Tonle Sap
Ream Naval Base
Koh Rong
Bokor
Chroy Changvar
Daun Penh
Chamkar Mon
Tuol Kork
Toul Kork
Sen Sok
Meanchey
Por Senchey
Chbar Ampov
Russey Keo
Prampi Makara
Boeung Keng Kang
]],

-- Laos: Country, provinces and cities
[[
Laos
Lao PDR
Republik Demokratik Rakyat Laos
Vientiane
Vientiane Capital
Vientiane Prefecture
Vientiane Province
Luang Prabang
Louangphabang
Savannakhet
Champasak
Champassak
Pakse
Paksé
Attapeu
Attapu
Bokeo
Bolikhamsai
Bolikhamxay
Houaphanh
Huaphan
Khammouane
Khammouan
Luang Namtha
Oudomxay
Oudomxai
Phongsaly
Phongsali
Salavan
Saravane
Sainyabuli
Xaignabouli
Xayaboury
Sekong
Xekong
Xiangkhouang
Xieng Khouang
Xaisomboun
Xaysomboun
Vang Vieng
Thakhek
Thakek
Boten
Muang Xay
Phonsavan
Plain of Jars
Si Phan Don
Khone Phapheng
Xayaburi Dam
Don Sahong
Nam Ngum
Nam Theun
Wattay
]],

-- Myanmar: Country, states, regions and cities
[[
Myanmar
Burma
Birma
Republic of the Union of Myanmar
Kachin
Kachin State
Negara Bagian Kachin
Kayah
Kayah State
Karenni
Kayin
Kayin State
Karen State
Chin State
Mon State
Rakhine
Rakhine State
Negara Bagian Rakhine
Arakan
Shan State
Negara Bagian Shan
Northern Shan
Ayeyarwady
Ayeyarwady Region
Irrawaddy
Irrawaddy Delta
Bago
Bago Region
Pegu
Magway
Magway Region
Magwe
Mandalay
Mandalay Region
Sagaing
Sagaing Region
Tanintharyi
Tanintharyi Region
Tenasserim
Yangon
Yangon Region
Rangoon
Naypyidaw
Nay Pyi Taw
Naypyitaw
Naypyitaw Union Territory
Sittwe
Akyab
Myitkyina
Lashio
Taunggyi
Mawlamyine
Moulmein
Pathein
Bassein
Dawei
Tavoy
Myeik
Mergui
Kawthaung
Myawaddy
Hpa-an
Loikaw
Hakha
Falam
Monywa
Maungdaw
Buthidaung
Rathedaung
Kyaukphyu
Kyauk Phyu
Ramree
Thandwe
Ngapali
Bagan
Nyaung-U
Pyin Oo Lwin
Maymyo
Meiktila
Pyay
Hinthada
Pakokku
Taungoo
Toungoo
Thaton
Kalay
Hpakant
Bhamo
Putao
Laukkai
Laukkaing
Kokang
Wa State
Wa Self-Administered Division
Mong La
Tachileik
Kengtung
Keng Tung
Hsipaw
Kyaukme
Chinshwehaw
Mong Ko
Namhkam
Kutkai
Hsenwi
Minbu
Minbya
Mrauk U
Paletwa
Kyaukpyu
Shwe Kokko
KK Park
Inle Lake
Danau Inle
Chindwin
Salween
Thanlwin
Sittaung
Ayeyarwady River
Irrawaddy River
Coco Islands
Kepulauan Coco
Shwedagon
Hlaing Tharyar
Insein
Thingangyun
Dagon
Mayangon
Kamayut
Sanchaung
Tamwe
North Okkalapa
South Okkalapa
Thaketa
Mingaladon
Hlegu
Hmawbi
Thanlyin
Syriam
Thilawa
]],

-- Timor-Leste: Country, municipalities and towns
[[
Timor Leste
Timor-Leste
Timor Timur
East Timor
Republik Demokratik Timor Leste
Dili
Díli
Aileu
Ainaro
Atauro
Ataúro
Pulau Atauro
Baucau
Bobonaro
Cova Lima
Covalima
Ermera
Lautém
Lautem
Liquiçá
Liquica
Manatuto
Manufahi
Oecusse
Oecussi
Oe-Cusse
Oe-Cusse Ambeno
Oecusse-Ambeno
Ambeno
Pante Macassar
Viqueque
Suai
Maliana
Los Palos
Lospalos
Gleno
Batugade
Balibo
Tibar
Comoro
Becora
Metinaro
Tasitolu
]],

-- Australia: Country, states, territories and cities
[[
Australia
Commonwealth of Australia
New South Wales
NSW
Queensland
South Australia
Western Australia
Tasmania
Northern Territory
Australian Capital Territory
Australia Barat
Australia Selatan
Canberra
Sydney
Melbourne
Brisbane
Perth
Adelaide
Hobart
Darwin
Gold Coast
Newcastle
Wollongong
Geelong
Townsville
Cairns
Sunshine Coast
Toowoomba
Ballarat
Bendigo
Launceston
Rockhampton
Bunbury
Bundaberg
Wagga Wagga
Mildura
Albury
Alice Springs
Broome
Kalgoorlie
Port Hedland
Karratha
Geraldton
Fremantle
Mandurah
Nhulunbuy
Kununurra
Tennant Creek
Parramatta
Bondi
Bondi Beach
Penrith
Blacktown
Lakemba
Bankstown
Cronulla
Surfers Paradise
Byron Bay
Uluru
Ayers Rock
Kakadu
Great Barrier Reef
Christmas Island
Pulau Christmas
Cocos Islands
Cocos (Keeling) Islands
Kepulauan Cocos
Ashmore Reef
Ashmore and Cartier Islands
Pulau Pasir
Scott Reef
Torres Strait
Cape York
Arnhem Land
Kimberley
Pilbara
Tasman Sea
Laut Tasman
Bass Strait
Gulf of Carpentaria
Teluk Carpentaria
Murray River
Norfolk Island
Lord Howe Island
Manus Island
Pulau Manus
]],

-- Oceania: New Zealand, Papua New Guinea and the Pacific
[[
New Zealand
Selandia Baru
Aotearoa
Auckland
Wellington
Christchurch
Dunedin
Rotorua
Tauranga
Napier
North Island
South Island
Papua New Guinea
Papua Nugini
Port Moresby
Lae
Mount Hagen
Madang
Wewak
Goroka
Kokopo
Rabaul
Alotau
Kimbe
Vanimo
Daru
Kiunga
Tabubil
Bougainville
Arawa
Panguna
Enga
Southern Highlands
Western Highlands
Eastern Highlands
Sepik
East Sepik
West Sepik
Sandaun
Morobe
Gulf Province
Milne Bay
New Britain
East New Britain
West New Britain
New Ireland
Fly River
Sungai Fly
Fiji
Suva
Lautoka
Vanua Levu
Viti Levu
Solomon Islands
Kepulauan Solomon
Honiara
Guadalcanal
Malaita
Vanuatu
Port Vila
Espiritu Santo
Luganville
New Caledonia
Kaledonia Baru
Nouméa
Noumea
French Polynesia
Polinesia Prancis
Tahiti
Papeete
Samoa
Apia
American Samoa
Samoa Amerika
Pago Pago
Tonga
Nuku'alofa
Kiribati
Tarawa
South Tarawa
Tuvalu
Funafuti
Nauru
Yaren
Palau
Ngerulmud
Koror
Federated States of Micronesia
Micronesia
Mikronesia
Palikir
Pohnpei
Chuuk
Kosrae
Marshall Islands
Kepulauan Marshall
Majuro
Kwajalein
Bikini Atoll
Guam
Hagåtña
Hagatna
Northern Mariana Islands
Saipan
Tinian
Cook Islands
Kepulauan Cook
Rarotonga
Niue
Tokelau
Wallis and Futuna
Pitcairn Islands
Easter Island
Rapa Nui
Pulau Paskah
Melanesia
Polynesia
Polinesia
Oceania
Oseania
Pasifik
Pacific
Pasifik Selatan
South Pacific
Pacific Islands
Kepulauan Pasifik
]],

-- China: Country, provinces, autonomous regions, municipalities, SARs
[[
China
Tiongkok
Cina
Republik Rakyat China
Republik Rakyat Tiongkok
RRT
RRC
People's Republic of China
PRC
Mainland China
China Daratan
Tanah Besar China
Anhui
Fujian
Fukien
Gansu
Guangdong
Kwangtung
Guizhou
Hainan
Hebei
Heilongjiang
Henan
Hubei
Hunan
Jiangsu
Jiangxi
Jilin
Liaoning
Qinghai
Shaanxi
Shandong
Shanxi
Sichuan
Szechuan
Yunnan
Zhejiang
Guangxi
Inner Mongolia
Mongolia Dalam
Nei Mongol
Ningxia
Tibet
Xizang
Tibet Autonomous Region
Xinjiang
Sinkiang
Beijing
Peking
Shanghai
Tianjin
Chongqing
Hong Kong
Hongkong
Macau
Macao
Makau
Greater Bay Area
Pearl River Delta
Delta Sungai Mutiara
Yangtze
Yangtze River
Sungai Yangtze
Yellow River
Sungai Kuning
Huang He
Three Gorges
Three Gorges Dam
Bendungan Tiga Ngarai
Manchuria
Gobi
Taklamakan
Tarim Basin
Himalaya
Himalayas
Pegunungan Himalaya
Everest
Mount Everest
Gunung Everest
Qomolangma
Aksai Chin
Galwan
Galwan Valley
Doklam
Arunachal
Taiwan Strait
Selat Taiwan
East China Sea
Laut China Timur
Laut Cina Timur
Yellow Sea
Laut Kuning
Bohai
Bohai Sea
Senkaku
Senkaku Islands
Diaoyu
Diaoyu Islands
Woody Island
Pulau Woody
Sansha
Hainan Island
Pulau Hainan
]],

-- China: Cities of about a million people and more
[[
Guangzhou
Shenzhen
Chengdu
Wuhan
Hangzhou
Nanjing
Nanking
Xi'an
Xian
Shenyang
Harbin
Dongguan
Foshan
Suzhou
Qingdao
Dalian
Zhengzhou
Jinan
Changsha
Kunming
Hefei
Fuzhou
Xiamen
Amoy
Ningbo
Wuxi
Changchun
Shijiazhuang
Taiyuan
Nanning
Nanchang
Guiyang
Urumqi
Ürümqi
Lanzhou
Hohhot
Baotou
Xining
Yinchuan
Lhasa
Haikou
Sanya
Zhuhai
Shantou
Zhongshan
Huizhou
Jiangmen
Zhanjiang
Zhaoqing
Shaoguan
Meizhou
Jieyang
Chaozhou
Maoming
Qingyuan
Wenzhou
Shaoxing
Jinhua
Yiwu
Jiaxing
Huzhou
Taizhou
Changzhou
Nantong
Xuzhou
Yangzhou
Yancheng
Lianyungang
Huai'an
Zhenjiang
Suqian
Yantai
Weifang
Zibo
Linyi
Jining
Tai'an
Weihai
Rizhao
Dezhou
Liaocheng
Heze
Dongying
Binzhou
Zaozhuang
Tangshan
Baoding
Handan
Cangzhou
Xingtai
Langfang
Zhangjiakou
Chengde
Qinhuangdao
Xiong'an
Luoyang
Kaifeng
Xinxiang
Anyang
Shangqiu
Zhoukou
Zhumadian
Xinyang
Pingdingshan
Jiaozuo
Xuchang
Yichang
Xiangyang
Jingzhou
Shiyan
Huanggang
Xiaogan
Huangshi
Zhuzhou
Xiangtan
Hengyang
Yueyang
Changde
Shaoyang
Yiyang
Chenzhou
Huaihua
Liuzhou
Guilin
Beihai
Wuzhou
Yulin
Qinzhou
Fangchenggang
Quanzhou
Zhangzhou
Putian
Longyan
Sanming
Nanping
Ningde
Ganzhou
Jiujiang
Shangrao
Yichun
Ji'an
Pingxiang
Jingdezhen
Anshan
Fushun
Benxi
Dandong
Jinzhou
Yingkou
Fuxin
Liaoyang
Tieling
Chaoyang
Huludao
Jilin City
Siping
Tonghua
Yanji
Yanbian
Daqing
Qiqihar
Mudanjiang
Jiamusi
Suihua
Datong
Changzhi
Jincheng
Linfen
Yuncheng
Xianyang
Baoji
Weinan
Hanzhong
Yan'an
Mianyang
Deyang
Zigong
Yibin
Luzhou
Nanchong
Dazhou
Leshan
Panzhihua
Suining
Neijiang
Guang'an
Zunyi
Liupanshui
Anshun
Qujing
Dali
Lijiang
Xishuangbanna
Jinghong
Ruili
Kashgar
Kashi
Hotan
Yining
Karamay
Aksu
Turpan
Korla
Shihezi
Tianshui
Jiuquan
Dunhuang
Golmud
Ordos
Chifeng
Tongliao
Hulunbuir
Manzhouli
Erenhot
Wuhu
Huainan
Bengbu
Fuyang
Anqing
Ma'anshan
Huaibei
Lu'an
Bozhou
Chuzhou
Xuancheng
Yueqing
Kunshan
Changshu
Zhangjiagang
Jiangyin
Yixing
Cixi
Yuyao
Wenling
Jinjiang
Shishi
Fuqing
Pudong
Lujiazui
Hongqiao
Xuhui
Jing'an
Huangpu
Haidian
Dongcheng
Xicheng
Fengtai
Tongzhou
Daxing
Shunyi
Zhongguancun
Tiananmen
Tiananmen Square
Lapangan Tiananmen
Zhongnanhai
Forbidden City
Kota Terlarang
Tembok Besar China
Tembok Besar
Nanshan
Futian
Luohu
Bao'an
Longgang
Qianhai
Shekou
Tianhe
Panyu
Baiyun
Wuchang
Hankou
Hanyang
Liangjiang
Yuzhong
]],

-- Hong Kong, Macau, Taiwan: Districts and cities
[[
Kowloon
Tsim Sha Tsui
Mong Kok
Mongkok
Causeway Bay
Wan Chai
Sha Tin
Tuen Mun
Yuen Long
Lantau
Lantau Island
Tsuen Wan
Sham Shui Po
Kwun Tong
Tai Po
Sai Kung
New Territories
Hong Kong Island
Kwai Tsing
Kowloon City
Wong Tai Sin
Yau Tsim Mong
Sheung Wan
Chek Lap Kok
Tseung Kwan O
Tin Shui Wai
Tung Chung
Mid-Levels
Victoria Harbour
Tai Kok Tsui
Repulse Bay
Lo Wu
Lok Ma Chau
Cotai
Taipa
Coloane
Taiwan
Republic of China
Republik China
Formosa
Taipei
New Taipei
New Taipei City
Kaohsiung
Taichung
Tainan
Taoyuan
Hsinchu
Keelung
Chiayi
Hualien
Taitung
Yilan
Changhua
Nantou
Pingtung
Miaoli
Yunlin
Penghu
Kinmen
Quemoy
Matsu
Lienchiang
Pratas
Orchid Island
Sun Moon Lake
Alishan
Taroko
Ximending
Xinyi
Da'an
Zhongzheng
Songshan
Neihu
Beitou
Tamsui
Banqiao
Sanchong
Zhonghe
Yonghe
Xindian
Tucheng
]],

-- Mongolia: Country and cities
[[
Mongolia
Mongolia Luar
Ulaanbaatar
Ulan Bator
Erdenet
Darkhan
Khovd
Gobi Desert
Gurun Gobi
]],

-- Japan: Country, regions, the 47 prefectures
[[
Japan
Jepang
Jepun
Nippon
Nihon
Hokkaido
Tohoku
Kanto
Chubu
Kansai
Chugoku
Shikoku
Kyushu
Honshu
Okinawa
Ryukyu
Ryukyu Islands
Kepulauan Ryukyu
Aomori
Iwate
Miyagi
Akita
Yamagata
Fukushima
Ibaraki
Tochigi
Gunma
Saitama
Chiba
Tokyo
Tokio
Kanagawa
Niigata
Toyama
Ishikawa
Fukui
Yamanashi
Nagano
Gifu
Shizuoka
Aichi
Shiga
Kyoto
Osaka
Hyogo
Hyōgo
Nara
Wakayama
Tottori
Shimane
Okayama
Hiroshima
Yamaguchi
Tokushima
Kagawa
Ehime
Kochi
Kōchi
Fukuoka
Saga Prefecture
Nagasaki
Kumamoto
Oita
Ōita
Miyazaki
Kagoshima
Mie Prefecture
]],

-- Japan: Cities, districts and places
[[
Yokohama
Nagoya
Sapporo
Kobe
Kawasaki
Sendai
Kitakyushu
Sakai
Hamamatsu
Sagamihara
Funabashi
Kawaguchi
Hachioji
Himeji
Matsuyama
Utsunomiya
Higashiosaka
Nishinomiya
Kanazawa
Naha
Kurashiki
Oita City
Takamatsu
Fujisawa
Kashiwa
Toyonaka
Gifu City
Nagano City
Asahikawa
Hakodate
Otaru
Kushiro
Aomori City
Morioka
Koriyama
Iwaki
Mito
Tsukuba
Maebashi
Takasaki
Kawagoe
Tokorozawa
Narita
Haneda
Yokosuka
Kamakura
Odawara
Hakone
Atami
Numazu
Toyohashi
Okazaki
Ichinomiya
Yokkaichi
Otsu
Kyotango
Amagasaki
Akashi
Wakayama City
Kurume
Sasebo
Beppu
Miyakojima
Ishigaki
Yonaguni
Iriomote
Amami
Yakushima
Tanegashima
Minamata
Fukushima Daiichi
Onagawa
Kashiwazaki
Noto
Noto Peninsula
Semenanjung Noto
Wajima
Shinjuku
Shibuya
Ginza
Akihabara
Harajuku
Roppongi
Asakusa
Odaiba
Ikebukuro
Ueno
Shinagawa
Chiyoda
Setagaya
Nerima
Sumida
Kasumigaseki
Nagatacho
Marunouchi
Umeda
Namba
Dotonbori
Shinsekai
Tenjin
Hakata
Fuji
Mount Fuji
Gunung Fuji
Fujisan
Mount Aso
Sakurajima
Mount Ontake
Lake Biwa
Danau Biwa
Seto Inland Sea
Laut Pedalaman Seto
Sea of Japan
Laut Jepang
Tsushima
Tsushima Strait
Selat Tsushima
Kuril Islands
Kepulauan Kuril
Northern Territories
Takeshima
Dokdo
Liancourt Rocks
Ogasawara
Iwo Jima
Okinotorishima
]],

-- Korea: North and South Korea: country, provinces, cities
[[
Korea
Korea Selatan
Korea Utara
South Korea
North Korea
Republic of Korea
ROK
DPRK
Democratic People's Republic of Korea
Semenanjung Korea
Korean Peninsula
Seoul
Busan
Pusan
Incheon
Daegu
Taegu
Daejeon
Gwangju
Ulsan
Sejong
Sejong City
Gyeonggi
Gyeonggi Province
Gangwon
Gangwon Province
Chungcheong
North Chungcheong
South Chungcheong
Chungbuk
Chungnam
Jeolla
North Jeolla
South Jeolla
Jeonbuk
Jeonnam
Gyeongsang
North Gyeongsang
South Gyeongsang
Gyeongbuk
Gyeongnam
Jeju
Jeju Island
Jeju-do
Pulau Jeju
Suwon
Changwon
Yongin
Seongnam
Bucheon
Cheongju
Ansan
Jeonju
Cheonan
Hwaseong
Namyangju
Pohang
Gimhae
Uijeongbu
Paju
Gimpo
Pyeongtaek
Siheung
Gumi
Gyeongju
Gangneung
Sokcho
Chuncheon
Wonju
Mokpo
Yeosu
Suncheon
Gunsan
Iksan
Seogwipo
Geoje
Tongyeong
Jinju
Pyeongchang
Gangnam
Itaewon
Myeongdong
Hongdae
Yeouido
Jongno
Mapo
Songpa
Jamsil
Seocho
Yongsan
Gwanghwamun
Insadong
Dongdaemun
Namdaemun
Haeundae
Gimpo Airport
Incheon Airport
Panmunjom
DMZ
Demilitarized Zone
Zona Demiliterisasi
Korean Demilitarized Zone
Yeonpyeong
Baengnyeong
Pyongyang
Kaesong
Wonsan
Hamhung
Sinuiju
Chongjin
Nampo
Nampho
Rason
Yongbyon
Punggye-ri
Sohae
Tongchang-ri
Mount Paektu
Paektu
Baekdu
Mount Kumgang
Kumgang
Yalu River
Sungai Yalu
Tumen River
Imjin River
Han River
Sungai Han
Hangang
Great Wall of China
]],

-- World: Countries in English, Indonesian and Malay spellings
[[
Afghanistan
Afganistan
Albania
Algeria
Aljazair
Andorra
Angola
Antigua and Barbuda
Antigua dan Barbuda
Antigua
Barbuda
Argentina
Armenia
Austria
Azerbaijan
Bahamas
Bahama
The Bahamas
Bahrain
Bangladesh
Barbados
Belarus
Belarusia
Byelorussia
Belgium
Belgia
Belize
Benin
Bhutan
Bolivia
Bosnia and Herzegovina
Bosnia dan Herzegovina
Bosnia-Herzegovina
Bosnia
Herzegovina
Botswana
Brazil
Brasil
Bulgaria
Burkina Faso
Burundi
Cabo Verde
Cape Verde
Tanjung Verde
Cameroon
Kamerun
Canada
Kanada
Central African Republic
Republik Afrika Tengah
Chad
Chile
Chili
Cile
Colombia
Kolombia
Comoros
Komoro
Congo
Kongo
Republic of the Congo
Republik Kongo
Democratic Republic of the Congo
Republik Demokratik Kongo
DR Congo
DRC
Costa Rica
Kosta Rika
Côte d'Ivoire
Cote d'Ivoire
Ivory Coast
Pantai Gading
Croatia
Kroasia
Kuba
Cyprus
Siprus
Czech Republic
Czechia
Republik Ceko
Ceko
Republik Czech
Denmark
Djibouti
Jibuti
Dominica
Dominika
Dominican Republic
Republik Dominika
Ecuador
Ekuador
Egypt
Mesir
El Salvador
Equatorial Guinea
Guinea Khatulistiwa
Eritrea
Estonia
Eswatini
Swaziland
Ethiopia
Etiopia
Habsyah
Finland
Finlandia
France
Prancis
Perancis
Gabon
Gambia
The Gambia
Georgia
Germany
Jerman
Ghana
Greece
Yunani
Grenada
Guatemala
Guinea
Guinea-Bissau
Guinea Bissau
Guyana
Haiti
Honduras
Hungary
Hongaria
Iceland
Islandia
India
Iran
Iraq
Irak
Ireland
Irlandia
Israel
Italy
Italia
Itali
Jamaica
Jamaika
Jordan
Yordania
Kazakhstan
Kazakstan
Kenya
Kosovo
Kuwait
Kyrgyzstan
Kirgizstan
Kirgistan
Latvia
Lebanon
Lubnan
Lesotho
Liberia
Libya
Libia
Liechtenstein
Lithuania
Lituania
Luxembourg
Luksemburg
Madagascar
Madagaskar
Malawi
Maldives
Maladewa
Maldiv
Mali
Malta
Mauritania
Mauritius
Mexico
Meksiko
Moldova
Monaco
Monako
Montenegro
Morocco
Maroko
Maghribi
Mozambique
Mozambik
Namibia
Nepal
Netherlands
The Netherlands
Holland
Belanda
Nicaragua
Nikaragua
Niger
Nigeria
North Macedonia
Makedonia Utara
Macedonia
Makedonia
Norway
Norwegia
Oman
Pakistan
Palestine
Palestina
Palestin
State of Palestine
Negara Palestina
Panama
Paraguay
Peru
Poland
Polandia
Portugal
Qatar
Romania
Rumania
Russia
Rusia
Russian Federation
Federasi Rusia
Rwanda
Ruanda
Saint Kitts and Nevis
Saint Kitts dan Nevis
Saint Lucia
Saint Vincent and the Grenadines
Saint Vincent dan Grenadine
San Marino
Sao Tome and Principe
São Tomé and Príncipe
Sao Tome dan Principe
Saudi Arabia
Arab Saudi
Kerajaan Arab Saudi
Senegal
Serbia
Seychelles
Sierra Leone
Slovakia
Slowakia
Slovenia
Somalia
South Africa
Afrika Selatan
South Sudan
Sudan Selatan
Spain
Spanyol
Sepanyol
Sri Lanka
Sudan
Suriname
Sweden
Swedia
Switzerland
Swis
Syria
Suriah
Siria
Tajikistan
Tanzania
Togo
Trinidad and Tobago
Trinidad dan Tobago
Trinidad
Tobago
Tunisia
Turkey
Türkiye
Turkiye
Turki
Turkmenistan
Uganda
Ukraine
Ukraina
United Arab Emirates
UAE
Uni Emirat Arab
UEA
Emiriah Arab Bersatu
Emirat Arab
United Kingdom
UK
Britain
Great Britain
Britania Raya
Inggris Raya
Inggris
England
Scotland
Skotlandia
Wales
Northern Ireland
Irlandia Utara
United States
United States of America
USA
US
Amerika Serikat
Amerika Syarikat
AS
Amerika
America
Uruguay
Uzbekistan
Vatican
Vatican City
Vatikan
Kota Vatikan
Holy See
Takhta Suci
Venezuela
Yemen
Yaman
Zambia
Zimbabwe
Tanah Suci
Vatican City State
Greenland
Puerto Rico
Puerto Riko
Faroe Islands
Gibraltar
Bermuda
Cayman Islands
Kepulauan Cayman
British Virgin Islands
Curaçao
Curacao
Aruba
Western Sahara
Sahara Barat
Somaliland
Transnistria
Abkhazia
South Ossetia
Ossetia Selatan
Northern Cyprus
Siprus Utara
Kurdistan
Kurdistan Iraq
Balochistan
Baluchistan
Chechnya
Chechnia
Dagestan
Tatarstan
Crimea
Krimea
Donbas
Donbass
Zanzibar
Réunion
Reunion Island
Mayotte
Martinique
Guadeloupe
French Guiana
Guyana Prancis
Falkland Islands
Falklands
Kepulauan Falkland
Malvinas
Chagos Islands
Diego Garcia
Canary Islands
Kepulauan Canary
Azores
Madeira
Balearic Islands
Corsica
Korsika
Sardinia
Sicily
Sisilia
Crete
Kreta
Kashmir
Jammu and Kashmir
Azad Kashmir
Gilgit-Baltistan
]],

-- World: Capitals, in English, Indonesian and Malay spellings
[[
Kabul
Tirana
Tiranë
Algiers
Aljir
Andorra la Vella
Luanda
Saint John's
Buenos Aires
Yerevan
Vienna
Wina
Nassau
Manama
Dhaka
Dhakka
Bridgetown
Minsk
Brussels
Brussel
Bruxelles
Belmopan
Porto-Novo
Thimphu
La Paz
Sucre
Sarajevo
Gaborone
Brasilia
Brasília
Ouagadougou
Gitega
Bujumbura
Praia
Yaounde
Yaoundé
Ottawa
Bangui
N'Djamena
Ndjamena
Santiago
Santiago de Chile
Bogota
Bogotá
Moroni
Kinshasa
Brazzaville
San José
San Jose
Yamoussoukro
Abidjan
Zagreb
Havana
Nicosia
Nikosia
Prague
Praha
Copenhagen
Kopenhagen
Djibouti City
Roseau
Santo Domingo
Quito
Cairo
Kairo
Kaherah
San Salvador
Malabo
Tallinn
Mbabane
Lobamba
Addis Ababa
Addis Abeba
Helsinki
Paris
Libreville
Banjul
Tbilisi
Berlin
Accra
Athens
Athena
Saint George's
Guatemala City
Kota Guatemala
Conakry
Bissau
Port-au-Prince
Tegucigalpa
Budapest
Reykjavik
Reykjavík
New Delhi
Delhi
Tehran
Teheran
Baghdad
Bagdad
Dublin
Jerusalem
Yerusalem
Baitulmaqdis
Al-Quds
Al Quds
Rome
Roma
Kingston
Amman
Astana
Nur-Sultan
Almaty
Alma-Ata
Nairobi
Pristina
Priština
Kuwait City
Kota Kuwait
Bishkek
Riga
Beirut
Maseru
Monrovia
Tripoli
Vaduz
Vilnius
Luxembourg City
Antananarivo
Lilongwe
Bamako
Valletta
Nouakchott
Port Louis
Mexico City
Kota Meksiko
Chisinau
Chișinău
Monaco-Ville
Podgorica
Rabat
Maputo
Windhoek
Kathmandu
Katmandu
Amsterdam
The Hague
Den Haag
Managua
Niamey
Abuja
Skopje
Oslo
Muscat
Masqat
Islamabad
Ramallah
Panama City
Kota Panama
Asuncion
Asunción
Warsaw
Warsawa
Lisbon
Lisboa
Doha
Bucharest
Bukares
Moscow
Moskow
Moskva
Kigali
Basseterre
Castries
Kingstown
São Tomé
Sao Tome
Riyadh
Riyad
Dakar
Belgrade
Beograd
Freetown
Bratislava
Ljubljana
Mogadishu
Mogadisyu
Pretoria
Tshwane
Cape Town
Bloemfontein
Juba
Madrid
Colombo
Sri Jayawardenepura Kotte
Khartoum
Khartum
Paramaribo
Stockholm
Bern
Berne
Damascus
Damaskus
Dushanbe
Dodoma
Lome
Lomé
Port of Spain
Tunis
Ankara
Ashgabat
Ashkhabad
Kampala
Kyiv
Kiev
Abu Dhabi
London
Washington
Washington DC
Washington, D.C.
Washington D.C.
Montevideo
Tashkent
Taskent
Caracas
Sanaa
Sana'a
Lusaka
Harare
]],

-- India: States and union territories
[[
Andhra Pradesh
Arunachal Pradesh
Assam
Bihar
Chhattisgarh
Gujarat
Haryana
Himachal Pradesh
Jharkhand
Karnataka
Kerala
Madhya Pradesh
Maharashtra
Manipur
Meghalaya
Mizoram
Nagaland
Odisha
Orissa
Punjab
Rajasthan
Sikkim
Tamil Nadu
Telangana
Tripura
Uttar Pradesh
Uttarakhand
Uttaranchal
West Bengal
Bengal Barat
Benggala Barat
Bengal
Benggala
Andaman and Nicobar Islands
Kepulauan Andaman dan Nikobar
Andaman
Nicobar
Chandigarh
Dadra and Nagar Haveli and Daman and Diu
Daman and Diu
Jammu
Ladakh
Lakshadweep
Puducherry
Pondicherry
National Capital Territory of Delhi
Delhi NCR
]],

-- India: Cities of about a million people and more, and well-known places
[[
Mumbai
Bombay
Kolkata
Calcutta
Chennai
Madras
Bengaluru
Bangalore
Hyderabad
Ahmedabad
Pune
Poona
Jaipur
Lucknow
Kanpur
Nagpur
Indore
Thane
Bhopal
Visakhapatnam
Vizag
Pimpri-Chinchwad
Patna
Vadodara
Baroda
Ghaziabad
Ludhiana
Agra
Nashik
Nasik
Faridabad
Meerut
Rajkot
Kalyan-Dombivli
Vasai-Virar
Varanasi
Benares
Banaras
Srinagar
Aurangabad
Chhatrapati Sambhajinagar
Dhanbad
Amritsar
Navi Mumbai
Allahabad
Prayagraj
Ranchi
Howrah
Coimbatore
Jabalpur
Gwalior
Vijayawada
Jodhpur
Madurai
Raipur
Guwahati
Solapur
Hubli-Dharwad
Hubballi
Mysore
Mysuru
Tiruchirappalli
Trichy
Bareilly
Aligarh
Tiruppur
Gurgaon
Gurugram
Moradabad
Jalandhar
Bhubaneswar
Warangal
Thiruvananthapuram
Trivandrum
Cochin
Kozhikode
Calicut
Thrissur
Noida
Greater Noida
Dehradun
Shimla
Manali
Ayodhya
Mathura
Vrindavan
Haridwar
Rishikesh
Udaipur
Jaisalmer
Bikaner
Ajmer
Gorakhpur
Jhansi
Saharanpur
Muzaffarnagar
Firozabad
Mangalore
Mangaluru
Belgaum
Belagavi
Tirunelveli
Vellore
Nellore
Tirupati
Kakinada
Rajahmundry
Kurnool
Karimnagar
Nizamabad
Jamshedpur
Bokaro
Cuttack
Rourkela
Siliguri
Darjeeling
Durgapur
Asansol
Imphal
Shillong
Aizawl
Kohima
Agartala
Itanagar
Gangtok
Dispur
Kargil
Pulwama
Pahalgam
Anantnag
Baramulla
Poonch
Rajouri
Kathua
Gandhinagar
Bhavnagar
Jamnagar
Junagadh
Kutch
Kolhapur
Sangli
Akola
Amravati
Nanded
Latur
Ujjain
Bilaspur
Bhilai
Durg
Patiala
Bathinda
Panipat
Rohtak
Hisar
Sonipat
Karnal
Ambala
Bodh Gaya
Bhagalpur
Muzaffarpur
Darbhanga
Purnia
Kanyakumari
Rameswaram
Ooty
Kodaikanal
Munnar
Alappuzha
Alleppey
Kollam
Kannur
Wayanad
Hampi
Khajuraho
Sundarbans
Andaman Islands
Port Blair
Sri Vijaya Puram
Ganges
Gangga
Sungai Gangga
Yamuna
Brahmaputra
Godavari
Krishna River
Kaveri
Cauvery
Indus
Sungai Indus
Deccan
Bay of Bengal
Teluk Benggala
Arabian Sea
Laut Arab
Rann of Kutch
Siachen
Line of Control
]],

-- Pakistan, Bangladesh, Sri Lanka, Nepal, Bhutan, Maldives, Afghanistan
[[
Karachi
Lahore
Faisalabad
Rawalpindi
Gujranwala
Peshawar
Multan
Quetta
Sialkot
Sargodha
Bahawalpur
Sukkur
Larkana
Abbottabad
Mardan
Gwadar
Gilgit
Skardu
Muzaffarabad
Mingora
Waziristan
North Waziristan
South Waziristan
Khyber
Khyber Pakhtunkhwa
Sindh
Islamabad Capital Territory
Chittagong
Chattogram
Khulna
Rajshahi
Sylhet
Rangpur
Mymensingh
Barisal
Barishal
Comilla
Cumilla
Narayanganj
Gazipur
Cox's Bazar
Kutupalong
Bhasan Char
Teknaf
Ukhia
Kandy
Galle
Jaffna
Negombo
Trincomalee
Batticaloa
Anuradhapura
Hambantota
Nuwara Eliya
Pokhara
Lalitpur
Bhaktapur
Biratnagar
Birgunj
Lumbini
Chitwan
Annapurna
Kanchenjunga
K2
Paro
Punakha
Addu
Addu City
Hulhumalé
Hulhumale
Maafushi
Kandahar
Herat
Mazar-i-Sharif
Mazar-e-Sharif
Jalalabad
Kunduz
Helmand
Bamiyan
Panjshir
Ghazni
Khost
Bagram
Nangarhar
Badakhshan
Wakhan
Khyber Pass
Torkham
Chaman
Spin Boldak
Hindu Kush
Karakoram
Karakoram Highway
]],

-- Middle East and Central Asia: Regions, cities and places
[[
Timur Tengah
Middle East
Asia Barat
West Asia
Teluk Persia
Persian Gulf
Teluk Arab
Arabian Gulf
Semenanjung Arab
Arabian Peninsula
Jazirah Arab
Levant
Mesopotamia
Gaza
Jalur Gaza
Gaza Strip
Gaza City
Kota Gaza
Tepi Barat
West Bank
Tebing Barat
Yerusalem Timur
East Jerusalem
Baitulmakdis
Al-Aqsa
Masjid Al-Aqsa
Kompleks Al-Aqsa
Temple Mount
Bukit Bait Suci
Rafah
Khan Younis
Khan Yunis
Deir al-Balah
Deir el-Balah
Nuseirat
Jabalia
Jabaliya
Beit Lahia
Beit Hanoun
Bureij
Maghazi
Al-Mawasi
Mawasi
Netzarim
Philadelphi Corridor
Koridor Philadelphia
Koridor Philadelphi
Kerem Shalom
Karem Abu Salem
Hebron
Al-Khalil
Nablus
Jenin
Tulkarm
Tulkarem
Qalqilya
Bethlehem
Betlehem
Jericho
Yerikho
Ariha
Tubas
Salfit
Huwara
Masafer Yatta
Sheikh Jarrah
Silwan
Tel Aviv
Tel Aviv-Yafo
Jaffa
Haifa
Ashkelon
Ashdod
Sderot
Beersheba
Be'er Sheva
Eilat
Nazareth
Nasaret
Galilee
Galilea
Negev
Gurun Negev
Dimona
Kiryat Shmona
Metula
Nahariya
Tiberias
Golan
Golan Heights
Dataran Tinggi Golan
Bukit Golan
Quneitra
Sinai
Semenanjung Sinai
Gunung Sinai
Tirus
Sidon
Baalbek
Bekaa
Lembah Bekaa
Dahiyeh
Nabatieh
Litani
Sungai Litani
Aleppo
Halab
Idlib
Homs
Latakia
Tartus
Deir ez-Zor
Deir Ezzor
Raqqa
Raqqah
Hasakah
Qamishli
Kobani
Manbij
Afrin
Daraa
Suwayda
Sweida
Palmyra
Tadmur
Ghouta
Douma
Yarmouk
Mosul
Basra
Basrah
Erbil
Irbil
Kirkuk
Sulaymaniyah
Najaf
Karbala
Fallujah
Falluja
Ramadi
Tikrit
Samarra
Baqubah
Anbar
Nineveh
Niniwe
Sinjar
Halabja
Qom
Isfahan
Esfahan
Mashhad
Masyhad
Shiraz
Tabriz
Ahvaz
Bandar Abbas
Natanz
Fordow
Bushehr
Kerman
Yazd
Kermanshah
Zahedan
Chabahar
Kharg Island
Pulau Kharg
Strait of Hormuz
Selat Hormuz
Hormuz
Mecca
Makkah
Mekah
Makkah Al-Mukarramah
Medina
Madinah
Madinah Al-Munawwarah
Jeddah
Jiddah
Dammam
Khobar
Al Khobar
Dhahran
Taif
Abha
Buraidah
Qassim
Jizan
Jazan
Najran
Yanbu
Neom
AlUla
Al-Ula
Arafah
Padang Arafah
Muzdalifah
Jabal Rahmah
Jabal Nur
Gua Hira
Jabal Uhud
Uhud
Quba
Masjidil Haram
Masjid al-Haram
Masjid Nabawi
Masjidil Aqsa
Ka'bah
Kaabah
Tanah Haram
Dubai
Sharjah
Ajman
Fujairah
Ras Al Khaimah
Umm Al Quwain
Al Ain
Jebel Ali
Lusail
Al Wakrah
Al Rayyan
Salalah
Sohar
Duqm
Musandam
Muharraq
Kuwait Bay
Aden
Hodeidah
Hudaydah
Taiz
Marib
Ma'rib
Mukalla
Hadramaut
Hadhramaut
Saada
Sa'dah
Socotra
Bab el-Mandeb
Bab al-Mandab
Selat Bab el-Mandeb
Red Sea
Laut Merah
Laut Mati
Dead Sea
Sungai Yordan
Jordan River
Aqaba
Teluk Aqaba
Gulf of Aqaba
Zarqa
Irbid
Istanbul
Konstantinopel
Constantinople
Izmir
Antalya
Adana
Gaziantep
Konya
Diyarbakir
Diyarbakır
Kayseri
Mersin
Hatay
Antakya
Kahramanmaras
Kahramanmaraş
Malatya
Adiyaman
Sanliurfa
Şanlıurfa
Trabzon
Eskisehir
Eskişehir
Bosphorus
Bosporus
Selat Bosphorus
Dardanelles
Cappadocia
Kapadokia
Anatolia
Samarkand
Samarqand
Bukhara
Bukhoro
Khiva
Fergana
Ferghana Valley
Lembah Fergana
Andijan
Namangan
Nukus
Shymkent
Karaganda
Aktau
Baikonur
Osh
Khujand
Turkmenbashi
Caspian Sea
Laut Kaspia
Aral Sea
Laut Aral
Nagorno-Karabakh
Karabakh
Stepanakert
Khankendi
Sumgait
Nakhchivan
Gyumri
Batumi
Kutaisi
Sukhumi
Tskhinvali
Kaukasus
Caucasus
Kaukasus Utara
North Caucasus
Grozny
Makhachkala
Beslan
]],

-- Europe: Regions, cities and places
[[
Europe
Eropa
Eropah
Eropa Barat
Eropa Timur
Eropa Tengah
Western Europe
Eastern Europe
Central Europe
Scandinavia
Skandinavia
Balkan
Balkans
Semenanjung Balkan
Baltic
Baltik
Baltic Sea
Laut Baltik
North Sea
Laut Utara
Black Sea
Laut Hitam
Mediterranean
Mediterranean Sea
Laut Mediterania
Laut Tengah
Adriatic
Laut Adriatik
Aegean
Laut Aegea
Laut Aegean
English Channel
Selat Inggris
Selat Kerch
Kerch Strait
Kerch
Jembatan Kerch
Sea of Azov
Laut Azov
Alps
Pegunungan Alpen
Alpen
Pyrenees
Carpathians
Urals
Pegunungan Ural
Siberia
Siberia Barat
Far East Russia
Timur Jauh Rusia
Kamchatka
Sakhalin
Kaliningrad
Murmansk
Arkhangelsk
Vladivostok
Khabarovsk
Irkutsk
Novosibirsk
Yekaterinburg
Kazan
Nizhny Novgorod
Rostov
Rostov-on-Don
Volgograd
Stalingrad
Sochi
Krasnodar
Belgorod
Kursk
Bryansk
Voronezh
Smolensk
Pskov
Novgorod
Ufa
Chelyabinsk
Omsk
Krasnoyarsk
Saratov
Tula
Yakutsk
Norilsk
Saint Petersburg
St Petersburg
St. Petersburg
Sankt Peterburg
Leningrad
Moscow Oblast
Kremlin
Red Square
Lapangan Merah
Kharkiv
Kharkov
Odesa
Odessa
Mariupol
Zaporizhzhia
Zaporizhia
Zaporozhye
Kherson
Lviv
Lvov
Dnipro
Dnipropetrovsk
Donetsk
Luhansk
Lugansk
Bakhmut
Avdiivka
Sumy
Chernihiv
Poltava
Mykolaiv
Vinnytsia
Chernobyl
Chornobyl
Pokrovsk
Kramatorsk
Sloviansk
Izium
Kupiansk
Bucha
Irpin
Sevastopol
Simferopol
Yalta
Belgorod Oblast
Kursk Oblast
Greater London
Westminster
Downing Street
Whitehall
Manchester
Liverpool
Birmingham
Leeds
Sheffield
Bristol
Newcastle upon Tyne
Nottingham
Leicester
Southampton
Portsmouth
Brighton
Plymouth
Coventry
Oxford
Cambridge
Edinburgh
Glasgow
Aberdeen
Dundee
Cardiff
Swansea
Belfast
Derry
Londonderry
Heathrow
Gatwick
Wimbledon
Wembley
Canary Wharf
Dover
Calais
Marseille
Marseilles
Lyon
Toulouse
Bordeaux
Lille
Strasbourg
Nantes
Montpellier
Rennes
Grenoble
Cannes
Monte Carlo
Normandy
Normandia
Provence
Alsace
Versailles
Hamburg
Munich
München
Cologne
Köln
Frankfurt
Frankfurt am Main
Stuttgart
Düsseldorf
Dusseldorf
Dortmund
Essen
Leipzig
Dresden
Bremen
Hannover
Hanover
Nuremberg
Nürnberg
Bonn
Bavaria
Bayern
Saxony
Rhine
Sungai Rhine
Danube
Sungai Danube
Ruhr
Barcelona
Valencia
Seville
Sevilla
Zaragoza
Malaga
Málaga
Bilbao
Palma
Mallorca
Majorca
Ibiza
Catalonia
Katalonia
Catalunya
Andalusia
Basque Country
Galicia
Gibraltar Strait
Selat Gibraltar
Strait of Gibraltar
Porto
Oporto
Algarve
Milan
Milano
Naples
Napoli
Turin
Torino
Florence
Firenze
Venice
Venesia
Venezia
Bologna
Genoa
Genova
Palermo
Verona
Pisa
Bergamo
Lombardy
Lombardia
Tuscany
Toskana
Lampedusa
Rotterdam
Eindhoven
Utrecht
Antwerp
Antwerpen
Ghent
Bruges
Liège
Geneva
Jenewa
Genève
Zurich
Zürich
Basel
Lausanne
Davos
Salzburg
Innsbruck
Graz
Aarhus
Gothenburg
Göteborg
Malmö
Malmo
Bergen
Tromsø
Svalbard
Turku
Tampere
Gdansk
Gdańsk
Krakow
Kraków
Wroclaw
Wrocław
Lodz
Łódź
Poznan
Poznań
Rzeszow
Rzeszów
Brno
Ostrava
Debrecen
Cluj-Napoca
Timisoara
Timișoara
Constanta
Constanța
Varna
Plovdiv
Thessaloniki
Piraeus
Rhodes
Lesbos
Lesvos
Santorini
Mykonos
Novi Sad
Banja Luka
Mostar
Srebrenica
Dubrovnik
Rijeka
Ohrid
Durres
Durrës
Tiraspol
Gomel
Grodno
Vitebsk
Narva
Tartu
Kaunas
Klaipeda
Klaipėda
Daugavpils
Suwalki Gap
Celah Suwalki
Cork
Galway
Limerick
Faroe
Isle of Man
Channel Islands
Guernsey
]],

-- Africa: Regions, cities and places
[[
Africa
Afrika
Afrika Utara
North Africa
Afrika Barat
West Africa
Afrika Timur
East Africa
Afrika Tengah
Central Africa
Afrika Bagian Selatan
Southern Africa
Sub-Saharan Africa
Afrika Sub-Sahara
Sahara
Gurun Sahara
Sahel
Maghreb
Horn of Africa
Tanduk Afrika
Great Lakes Africa
Nile
Sungai Nil
Blue Nile
White Nile
Congo River
Sungai Kongo
Niger River
Zambezi
Lake Victoria
Danau Victoria
Lake Chad
Danau Chad
Lake Tanganyika
Lake Malawi
Kilimanjaro
Gunung Kilimanjaro
Suez
Suez Canal
Terusan Suez
Gulf of Aden
Teluk Aden
Gulf of Guinea
Teluk Guinea
Cape of Good Hope
Tanjung Harapan
Alexandria
Iskandariyah
Giza
Luxor
Aswan
Port Said
Ismailia
Sharm el-Sheikh
Sharm El Sheikh
Hurghada
El Arish
Al-Arish
Tanta
Mansoura
Zagazig
Asyut
Minya
Faiyum
New Administrative Capital
Casablanca
Marrakesh
Marrakech
Fez
Fes
Tangier
Tangiers
Tanger
Agadir
Meknes
Oujda
Laayoune
El Aaiun
Ceuta
Melilla
Oran
Annaba
Tlemcen
Sfax
Sousse
Kairouan
Benghazi
Misrata
Misurata
Tobruk
Derna
Sirte
Sabha
Omdurman
Port Sudan
Darfur
North Darfur
El Fasher
Al-Fashir
El Geneina
Geneina
Kordofan
Kassala
Wad Madani
Gezira
Atbara
Kadugli
El Obeid
Abyei
Malakal
Lagos
Kano
Ibadan
Kaduna
Port Harcourt
Benin City
Maiduguri
Borno
Enugu
Onitsha
Sokoto
Abeokuta
Ilorin
Warri
Calabar
Katsina
Zamfara
Niger Delta
Delta Niger
Lubumbashi
Goma
Bukavu
Kisangani
Mbuji-Mayi
Kivu
North Kivu
South Kivu
Ituri
Bunia
Pointe-Noire
Mombasa
Kisumu
Nakuru
Eldoret
Dar es Salaam
Zanzibar City
Stone Town
Arusha
Mwanza
Dodoma City
Entebbe
Gulu
Mekelle
Tigray
Amhara
Oromia
Dire Dawa
Gondar
Bahir Dar
Lalibela
Massawa
Assab
Hargeisa
Berbera
Kismayo
Baidoa
Puntland
Bosaso
Johannesburg
Joburg
Durban
Port Elizabeth
Gqeberha
Soweto
Sandton
Stellenbosch
Limpopo
Gauteng
KwaZulu-Natal
Western Cape
Eastern Cape
Robben Island
Bulawayo
Victoria Falls
Air Terjun Victoria
Ndola
Kitwe
Blantyre
Beira
Nampula
Cabo Delgado
Toamasina
Douala
Bamenda
Kumasi
Takoradi
Cotonou
Timbuktu
Tombouctou
Mopti
Agadez
Zinder
Bobo-Dioulasso
Touba
Saint-Louis
Ziguinchor
Kankan
Nouadhibou
Abeche
Port-Gentil
Walvis Bay
Swakopmund
Francistown
Maun
Okavango
Kalahari
Gurun Kalahari
Namib
Serengeti
Masai Mara
Maasai Mara
Ngorongoro
Nosy Be
]],

-- Americas: Regions
[[
Amerika Utara
North America
Amerika Selatan
South America
Amerika Tengah
Central America
Amerika Latin
Latin America
Caribbean
Karibia
Kepulauan Karibia
Laut Karibia
Caribbean Sea
Gulf of Mexico
Teluk Meksiko
Gulf of America
Amazonia
Sungai Amazon
Amazon River
Hutan Amazon
Andes
Pegunungan Andes
Patagonia
Tierra del Fuego
Panama Canal
Terusan Panama
Rio Grande
Mississippi River
Great Lakes
Niagara Falls
Air Terjun Niagara
Rocky Mountains
Grand Canyon
Yellowstone
Silicon Valley
Lembah Silikon
Wall Street
Hollywood
Manhattan
Brooklyn
Bronx
The Bronx
Staten Island
Harlem
Long Island
Capitol Hill
Camp David
Mar-a-Lago
Guantanamo
Guantanamo Bay
Teluk Guantanamo
Pearl Harbor
Cape Canaveral
Alaska
Hawaii
Hawaii Island
Honolulu
Maui
Lahaina
Oahu
]],

-- United States: States
[[
Alabama
Arizona
Arkansas
California
Kalifornia
Colorado
Connecticut
Delaware
Florida
Idaho
Illinois
Indiana
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Massachusetts
Michigan
Minnesota
Mississippi
Missouri
Montana
Nebraska
Nevada
New Hampshire
New Jersey
New Mexico
New York
North Carolina
North Dakota
Ohio
Oklahoma
Oregon
Pennsylvania
Rhode Island
South Carolina
South Dakota
Tennessee
Texas
Utah
Vermont
Virginia
Washington State
West Virginia
Wisconsin
Wyoming
District of Columbia
Carolina Utara
Carolina Selatan
]],

-- United States, Canada, Mexico: Cities
[[
New York City
NYC
Los Angeles
LA
Chicago
Houston
Phoenix
Philadelphia
San Antonio
San Diego
Dallas
Jacksonville
Fort Worth
Columbus
Indianapolis
San Francisco
Seattle
Denver
Boston
Nashville
Detroit
Portland
Las Vegas
Memphis
Baltimore
Milwaukee
Albuquerque
Tucson
Fresno
Sacramento
Kansas City
Atlanta
Miami
Oakland
Minneapolis
Tulsa
Cleveland
Wichita
New Orleans
Tampa
Pittsburgh
Cincinnati
St. Louis
St Louis
Saint Louis
Orlando
Salt Lake City
Raleigh
Richmond
Anchorage
Palo Alto
Cupertino
Menlo Park
Redmond
Berkeley
Pasadena
Santa Monica
Beverly Hills
Malibu
Palm Beach
West Palm Beach
Fort Lauderdale
Key West
Atlantic City
Princeton
New Haven
Annapolis
Arlington
Quantico
Charleston
Little Rock
Oklahoma City
Omaha
Des Moines
Green Bay
Ann Arbor
Dearborn
Akron
Harrisburg
Scranton
Hartford
Burlington
Albany
Boise
Spokane
Tacoma
El Paso
Corpus Christi
Galveston
Uvalde
McAllen
Brownsville
Laredo
Tijuana
Toronto
Montreal
Montréal
Vancouver
Calgary
Edmonton
Quebec
Québec
Quebec City
Ontario
British Columbia
Alberta
Manitoba
Saskatchewan
Nova Scotia
New Brunswick
Newfoundland
Newfoundland and Labrador
Prince Edward Island
Yukon
Nunavut
Northwest Territories
Winnipeg
Halifax
Saskatoon
Mississauga
Brampton
Guadalajara
Monterrey
Puebla
Cancun
Cancún
Acapulco
Ciudad Juarez
Ciudad Juárez
Culiacan
Culiacán
Sinaloa
Chihuahua
Sonora
Jalisco
Oaxaca
Chiapas
Yucatan
Yucatán
Michoacan
Michoacán
Tamaulipas
Veracruz
Baja California
]],

-- Central and South America, Caribbean: Cities and places
[[
São Paulo
Sao Paulo
Rio de Janeiro
Rio Grande do Sul
Porto Alegre
Belo Horizonte
Fortaleza
Manaus
Curitiba
Recife
Belém
Belem
Goiania
Goiânia
Florianopolis
Florianópolis
Bahia
Amazonas
Minas Gerais
Pernambuco
Paraná
Mato Grosso
Rondonia
Roraima
Córdoba
Cordoba
Mar del Plata
Ushuaia
Medellín
Medellin
Cali
Barranquilla
Cartagena
Bucaramanga
Guayaquil
Cuenca
Arequipa
Cusco
Cuzco
Machu Picchu
Callao
Iquitos
Valparaíso
Valparaiso
Concepción
Antofagasta
Punta Arenas
Atacama
Gurun Atacama
Maracaibo
Barquisimeto
Maracay
Santa Cruz de la Sierra
Cochabamba
El Alto
Ciudad del Este
Punta del Este
San Pedro Sula
Panama Canal Zone
Darién
Darien Gap
Punta Cana
Montego Bay
Galápagos
Galapagos
Kepulauan Galapagos
Lake Titicaca
Danau Titicaca
Iguazu
Iguazu Falls
Angel Falls
]],

-- World: Continents, oceans and broad regions
[[
Asia
Asia Tenggara
Southeast Asia
Asia Timur
East Asia
Asia Selatan
South Asia
Asia Tengah
Central Asia
Asia Pasifik
Asia-Pasifik
Asia-Pacific
Asia Pacific
Indo-Pasifik
Indo-Pacific
Eurasia
Asia Timur Laut
Northeast Asia
Asia Barat Daya
Arctic
Arktik
Kutub Utara
North Pole
Antarctica
Antartika
Antarktika
Kutub Selatan
South Pole
Atlantic
Atlantik
Atlantic Ocean
Pacific Ocean
Indian Ocean
Southern Ocean
Arctic Ocean
Lautan Hindi
Lautan Pasifik
Lautan Atlantik
Lautan Hindia
South China Sea
Natuna Sea
North Natuna Sea
Java Sea
Banda Sea
Arafura Sea
Timor Sea
Flores Sea
Molucca Sea
Savu Sea
Strait of Malacca
Malacca Strait
Straits of Malacca
Singapore Strait
Straits of Johor
Johor Strait
Sunda Strait
Lombok Strait
Makassar Strait
Karimata Strait
Hormuz Strait
Korea Strait
Strait of Dover
Bering Strait
Selat Bering
Drake Passage
Gulf of Oman
Teluk Oman
Bay of Biscay
Sea of Okhotsk
Laut Okhotsk
Bering Sea
Laut Bering
Barents Sea
Laut Barents
Norwegian Sea
Irish Sea
Ring of Fire
Cincin Api
Cincin Api Pasifik
Pacific Ring of Fire
Sabuk Api
Global South
Dunia Selatan
Alam Melayu
Asia Minor
Indochina
Indocina
Indo-China
Semenanjung Indochina
Semenanjung Malaya
Malay Peninsula
Pulau Borneo
New Guinea
Nugini
Pulau Nugini
Irian
Sundaland
Paparan Sunda
Sunda Shelf
Sahul
Wallacea
Garis Wallace
Wallace Line
Segitiga Terumbu Karang
Coral Triangle
]],
})
