package id.umkm.portal.devtools.bench;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What a Balikpapan market sells, per business category of V2: product kinds, their variants, and
 * a price range in rupiah, from which the generator composes names such as "Amplang Ikan Tenggiri
 * Pedas 250 gr" and prices such as Rp 27.500.
 */
final class CityWordLists {

    record Category(int id, List<String> kinds, List<String> variants, List<String> sizes, long minPrice, long maxPrice) {
    }

    private static final List<String> FOOD_SIZES = List.of("100 gr", "150 gr", "250 gr", "500 gr", "1 kg", "isi 10", "isi 20", "toples");
    private static final List<String> WEAR_SIZES = List.of("S", "M", "L", "XL", "XXL", "All Size", "Anak", "Dewasa");
    private static final List<String> NO_SIZES = List.of("", "", "Kecil", "Sedang", "Besar", "Jumbo");
    private static final List<String> SERVICE_SIZES = List.of("", "Paket Hemat", "Paket Lengkap", "Per Jam", "Per Hari", "Harian");

    static final List<Category> CATEGORIES = List.of(
            food(1, "Kue Lapis, Bolu Pandan, Roti Sobek, Kue Bingka, Donat Kentang, Kue Kering Nastar, Brownies Kukus, Roti Manis, Kue Putu, Lemper Ayam",
                    "Cokelat, Keju, Pandan, Kelapa, Gula Merah, Susu, Srikaya, Durian, Ubi Ungu, Original", 15_000, 150_000),
            food(2, "Nasi Kuning, Ayam Bakar, Soto Banjar, Rendang Daging, Gulai Ikan, Pepes Ikan, Bakso Sapi, Sate Ayam, Nasi Bakar, Mie Ayam",
                    "Bumbu Kuning, Pedas, Kecap, Rica-rica, Balado, Original, Sambal Matah, Khas Banjar", 10_000, 90_000),
            food(3, "Keripik Pisang, Keripik Singkong, Keripik Tempe, Amplang Ikan, Kerupuk Udang, Rengginang, Kacang Sangrai, Keripik Kentang, Makaroni Pedas, Basreng",
                    "Balado, Pedas, Original, Manis, Asin, Jagung Bakar, Keju, Rumput Laut, Barbeque, Daun Jeruk", 8_000, 60_000),
            food(4, "Tahu Putih, Tahu Kuning, Tempe Kedelai, Tempe Mendoan, Tahu Bakso, Tahu Walik, Keripik Tahu, Susu Kedelai",
                    "Segar, Organik, Goreng, Bumbu, Pedas, Original", 3_000, 30_000),
            food(5, "Nugget Ayam, Bakso Ikan, Sosis Sapi, Dimsum Ayam, Risoles Ragout, Pempek Kapal Selam, Siomay Ikan, Otak-otak Bandeng, Dimsum Udang",
                    "Original, Keju, Pedas, Mozarella, Sayur, Jumbo, Mini", 20_000, 120_000),
            food(6, "Sambal Bawang, Sambal Terasi, Sambal Roa, Bumbu Rendang, Bumbu Soto, Sambal Cumi, Sambal Ikan Teri, Bumbu Nasi Goreng, Sambal Matah",
                    "Pedas, Extra Pedas, Original, Level 5, Tanpa Pengawet, Khas Balikpapan", 15_000, 75_000),
            food(7, "Ikan Asin, Terasi Udang, Ebi Kering, Cumi Asin, Ikan Peda, Kerupuk Ikan, Abon Ikan Tuna, Ikan Asap, Udang Kering",
                    "Tenggiri, Bandeng, Tongkol, Kakap, Gabus, Layang, Teri Medan, Premium", 20_000, 200_000),
            food(8, "Amplang Ikan Tenggiri, Kue Bingka Kentang, Lempok Durian, Kerupuk Ikan Pipih, Dodol Rumput Laut, Kue Cincin, Wadai Khas Banjar, Amplang Udang",
                    "Oleh-oleh Balikpapan, Original, Pedas, Premium, Kemasan Kotak, Asli Kalimantan", 20_000, 150_000),
            food(9, "Kopi Susu, Es Teh Manis, Jus Alpukat, Es Kelapa Muda, Wedang Jahe, Minuman Sari Lemon, Teh Serai, Es Cincau, Susu Kurma, Sirup Markisa",
                    "Gula Aren, Literan, Botol, Cup, Tanpa Gula, Dingin, Hangat, Madu", 5_000, 60_000),
            food(10, "Nasi Kotak, Tumpeng Mini, Snack Box, Prasmanan, Nasi Liwet, Paket Aqiqah, Bento Ayam, Katering Harian",
                    "Ayam Goreng, Ikan Bakar, Rendang, Komplit, Hemat, Premium, Vegetarian", 20_000, 2_500_000),
            wear(11, "Kain Batik, Batik Tulis, Batik Cap, Kemeja Batik, Tenun Ulap Doyo, Selendang Batik, Sarung Tenun, Blus Batik",
                    "Motif Sisik Naga, Motif Kawung, Motif Dayak, Motif Pesut, Motif Anggrek Hitam, Motif Batang Garing, Warna Alam, Sutra", 85_000, 1_500_000),
            wear(12, "Kaos Oblong, Kemeja Flanel, Celana Chino, Jaket Hoodie, Rok Plisket, Daster Rayon, Kaos Polo, Celana Jeans",
                    "Hitam, Putih, Navy, Maroon, Hijau Army, Abu-abu, Motif Bunga, Polos", 35_000, 300_000),
            wear(13, "Gamis Syari, Kerudung Segi Empat, Hijab Pashmina, Koko Pria, Mukena Katun, Tunik Wanita, Peci Rajut, Sarung Wadimor",
                    "Katun Jepang, Ceruti, Voal, Wolfis, Rayon, Bordir, Polos, Motif", 30_000, 450_000),
            wear(14, "Tas Anyaman, Dompet Kulit, Sandal Jepit, Sepatu Kulit, Tas Selempang, Tas Ransel, Dompet Tenun, Sandal Kulit",
                    "Kulit Asli, Motif Dayak, Rotan, Kanvas, Hitam, Cokelat, Pria, Wanita", 25_000, 650_000),
            goods(15, "Tas Rotan, Keranjang Bambu, Tikar Anyaman, Tudung Saji, Kap Lampu Rotan, Vas Bambu, Topi Anyaman, Bakul Nasi",
                    "Rotan Asli, Bambu Wulung, Pandan, Purun, Natural, Motif Dayak, Pernis", 20_000, 500_000),
            goods(16, "Ukiran Dayak, Patung Kayu, Talenan Kayu, Miniatur Rumah Lamin, Hiasan Dinding Kayu, Sendok Kayu, Gantungan Kunci Kayu, Perisai Dayak",
                    "Kayu Ulin, Kayu Jati, Kayu Mahoni, Ukir Tangan, Finishing Natural, Motif Burung Enggang", 15_000, 2_000_000),
            goods(17, "Gelang Manik, Kalung Manik Dayak, Tas Manik, Anting Manik, Topi Manik, Gantungan Kunci Manik, Bros Manik",
                    "Motif Dayak, Warna-warni, Merah Kuning, Biru, Handmade, Etnik", 15_000, 750_000),
            goods(18, "Kaos Balikpapan, Gantungan Kunci Beruang Madu, Miniatur Pesut, Magnet Kulkas, Mug Balikpapan, Pin Enamel, Tatakan Gelas",
                    "Beruang Madu, Kilang Minyak, Pantai Kemala, Pesut Mahakam, Sepinggan, Custom Nama", 10_000, 150_000),
            goods(19, "Sayur Bayam, Kangkung Segar, Cabai Rawit, Tomat Merah, Pisang Kepok, Jeruk Manis, Durian Lokal, Rambutan, Sayur Pakis, Terong Ungu",
                    "Segar, Organik, Hidroponik, Petik Langsung, Per Ikat, Per Kilo", 5_000, 150_000),
            goods(20, "Ikan Kakap Merah, Udang Windu, Kepiting Bakau, Cumi Segar, Ikan Bandeng, Kerang Hijau, Ikan Tenggiri, Rajungan, Ikan Baronang",
                    "Segar, Hidup, Fillet, Bersih, Per Kilo, Tangkapan Nelayan Manggar", 30_000, 300_000),
            goods(21, "Telur Ayam Kampung, Telur Bebek, Ayam Kampung, Daging Sapi, Telur Puyuh, Ayam Potong, Bebek Peking",
                    "Segar, Organik, Per Ekor, Per Kilo, Per Tray, Asin", 20_000, 250_000),
            goods(22, "Anggrek Hitam, Monstera, Aglonema, Kaktus Mini, Bonsai Beringin, Sansevieria, Bibit Mangga, Pot Gantung",
                    "Kalimantan, Dewasa, Remaja, Dengan Pot, Bibit, Langka", 15_000, 1_500_000),
            goods(23, "Madu Kelulut, Madu Hutan, Madu Klanceng, Propolis, Bee Pollen, Madu Hutan Kalimantan",
                    "Murni, Asli, Botol 250 ml, Botol 500 ml, Mentah, Premium", 50_000, 400_000),
            goods(24, "Kopi Robusta, Kopi Liberika, Biji Kopi, Lada Putih, Gula Aren, Cokelat Bubuk, Kelapa Kopra, Kopi Bubuk",
                    "Sangrai, Bubuk, Biji, Murni, Organik, Kalimantan Timur", 20_000, 250_000),
            goods(25, "Jamu Kunyit Asam, Sabun Herbal, Minyak Kayu Putih, Lulur Tradisional, Masker Bengkoang, Minyak Gosok, Beras Kencur, Minyak Bintang",
                    "Alami, Herbal, Tanpa Pengawet, Botol, Sachet, Original", 10_000, 200_000),
            goods(26, "Meja Ulin, Kursi Rotan, Lemari Kayu, Rak Buku, Bangku Taman, Tempat Tidur Kayu, Meja Makan, Kursi Santai",
                    "Kayu Ulin, Kayu Jati, Rotan Sintetis, Minimalis, Klasik, Custom", 350_000, 7_500_000),
            goods(27, "Taplak Meja, Gorden Jendela, Sarung Bantal, Bunga Plastik, Lampu Hias, Jam Dinding, Keset Kaki, Cermin Hias",
                    "Motif Batik, Motif Dayak, Minimalis, Shabby Chic, Handmade, Custom", 20_000, 500_000),
            goods(28, "Mainan Kayu, Boneka Beruang Madu, Puzzle Edukasi, Gasing Tradisional, Mobil-mobilan Kayu, Balok Susun, Congklak Kayu",
                    "Edukasi, Aman Anak, Warna-warni, Kayu Pinus, Handmade", 15_000, 250_000),
            goods(29, "Tas Plastik Daur Ulang, Pot Ban Bekas, Kerajinan Koran, Tempat Pensil Kaleng, Vas Botol, Dompet Bungkus Kopi",
                    "Ramah Lingkungan, Handmade, Warna-warni, Unik, Custom", 10_000, 150_000),
            service(30, "Jasa Jahit Kebaya, Permak Celana, Jahit Seragam, Jahit Gamis, Vermak Jeans, Jahit Gorden",
                    "Kilat, Rapi, Sesuai Ukuran, Bahan Sendiri, Satu Hari", 15_000, 500_000),
            service(31, "Laundry Kiloan, Cuci Karpet, Cuci Sepatu, Laundry Satuan, Cuci Bed Cover, Setrika Saja",
                    "Kilat, Ekspres, Reguler, Antar Jemput, Wangi", 7_000, 150_000),
            service(32, "Potong Rambut Pria, Creambath, Smoothing Rambut, Rias Pengantin, Cukur Anak, Facial Wajah",
                    "Panggilan, Profesional, Paket, Hemat, Premium", 20_000, 3_000_000),
            service(33, "Servis Motor, Ganti Oli, Tambal Ban, Servis AC Mobil, Cuci Mobil, Tune Up Motor, Spooring Balancing",
                    "Panggilan, Lengkap, Cepat, Bergaransi, Hemat", 15_000, 1_500_000),
            service(34, "Cetak Spanduk, Sablon Kaos, Cetak Undangan, Cetak Stiker, Kartu Nama, Cetak Brosur, Sablon Mug",
                    "Full Color, Kilat, Satuan, Lusinan, Custom Desain", 5_000, 750_000),
            service(35, "Foto Prewedding, Foto Produk, Video Dokumentasi, Foto Wisuda, Foto Keluarga, Video Profil Usaha",
                    "Paket Hemat, Paket Lengkap, Studio, Outdoor, Drone", 150_000, 7_500_000),
            service(36, "Desain Logo, Pembuatan Website, Desain Kemasan, Kelola Media Sosial, Desain Menu, Video Promosi",
                    "UMKM, Profesional, Kilat, Paket Bulanan, Revisi Gratis", 100_000, 5_000_000),
            service(37, "Tur Kota Balikpapan, Paket Wisata Pantai, Sewa Mobil, Tur Hutan Bukit Bangkirai, Antar Jemput Bandara, Wisata Penangkaran Buaya",
                    "Harian, Rombongan, Keluarga, Dengan Sopir, Lengkap", 100_000, 3_500_000),
            service(38, "Servis Ponsel, Ganti Layar HP, Servis Laptop, Servis TV, Servis Kulkas, Servis Mesin Cuci, Ganti Baterai HP",
                    "Bergaransi, Cepat, Panggilan, Original, Satu Hari", 50_000, 1_500_000));

    static final List<String> SELLER_PREFIXES = List.of("Dapur", "Toko", "UD", "CV", "Warung", "Rumah", "Galeri", "Sentra", "Kedai", "Butik");
    static final List<String> SELLER_NAMES = List.of("Bu Ani", "Hasanah", "Sumber Rezeki", "Berkah Jaya", "Pak Dayat", "Mama Rina",
            "Kaltim Makmur", "Sepinggan Indah", "Manggar Sejahtera", "Borneo Kreasi", "Putri Kemala", "Anggrek Hitam", "Maju Bersama",
            "Mekar Sari", "Karya Mandiri", "Balikpapan Asri", "Teluk Indah", "Kilang Jaya", "Beruang Madu", "Lamin Etam");
    static final List<String> OWNER_NAMES = List.of("Siti Aminah", "Rudi Hartono", "Nur Hidayah", "Agus Salim", "Dewi Lestari", "Fajar Ramadhan",
            "Rina Marlina", "Hendra Gunawan", "Yuliana", "Slamet Riyadi", "Wahyuni", "Ahmad Fauzi", "Sri Rahayu", "Muhammad Rizki");
    static final List<String> PRAISE = List.of("Dibuat dari bahan pilihan oleh UMKM Balikpapan.", "Tanpa bahan pengawet, higienis dan halal.",
            "Cocok untuk oleh-oleh keluarga dan rekan kerja.", "Diproduksi setiap hari sehingga selalu segar.",
            "Dikerjakan dengan tangan oleh pengrajin lokal.", "Bisa dikirim ke seluruh kota Balikpapan.",
            "Kemasan rapi dan aman untuk perjalanan.", "Harga bersahabat dengan kualitas terbaik.",
            "Melayani pesanan partai besar untuk acara kantor.", "Sudah dipercaya pelanggan sejak bertahun-tahun.");

    private CityWordLists() {
    }

    static String pick(List<String> words, SplittableRandom random) {
        return words.get(random.nextInt(words.size()));
    }

    /** Log-uniform between the category's bounds, rounded as Indonesian shops round: to Rp 500 or Rp 1.000. */
    static long price(Category category, SplittableRandom random) {
        double logMin = Math.log(category.minPrice());
        double logMax = Math.log(category.maxPrice());
        long raw = Math.round(Math.exp(logMin + random.nextDouble() * (logMax - logMin)));
        long step = raw < 20_000 ? 500 : 1_000;
        return Math.max(step, Math.round((double) raw / step) * step);
    }

    static Map<Integer, Category> byId() {
        return CATEGORIES.stream().collect(java.util.stream.Collectors.toMap(Category::id, c -> c));
    }

    private static Category food(int id, String kinds, String variants, long min, long max) {
        return new Category(id, split(kinds), split(variants), FOOD_SIZES, min, max);
    }

    private static Category wear(int id, String kinds, String variants, long min, long max) {
        return new Category(id, split(kinds), split(variants), WEAR_SIZES, min, max);
    }

    private static Category goods(int id, String kinds, String variants, long min, long max) {
        return new Category(id, split(kinds), split(variants), NO_SIZES, min, max);
    }

    private static Category service(int id, String kinds, String variants, long min, long max) {
        return new Category(id, split(kinds), split(variants), SERVICE_SIZES, min, max);
    }

    private static List<String> split(String list) {
        return List.of(list.split(",\\s*"));
    }
}
