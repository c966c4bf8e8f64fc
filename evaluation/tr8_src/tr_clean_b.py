"""Clean Turkish messages, part B: invoices, neutral review requests, delivery scheduling,
home-service appointments."""
from common import C

MSGS = [
    # ---- invoice ---------------------------------------------------------------------------
    C("invoice", "text", "Faturanız - sipariş {O}",
      """
      Merhaba,

      {O} numaralı siparişinize ait e-Arşiv faturanız ekte yer almaktadır.

      Fatura No: ASR/2026/004512
      Fatura Tarihi: 04.12.2026
      Toplam: 1.249,90 TL (KDV dahil)

      Anadolu Seramik Tic. Ltd. Şti.
      Vergi Dairesi: Odunpazarı
      Vergi No: 0680123456
      MERSİS No: 0068012345600017

      Saygılarımızla
      """,
      "Invoice with an invoice number with slashes, Vergi No and MERSİS number; none is a phone number."),
    C("invoice", "text", "{O} numaralı siparişinizin faturası",
      """
      Sayın Hakan Doğan,

      Talep ettiğiniz kurumsal fatura ekte. Faturayı aşağıdaki bilgilerle düzenledik:

      Unvan: Doğan Mimarlık Ltd. Şti.
      Vergi Dairesi: Çankaya
      Vergi No: 2930456781

      Bilgilerde bir hata görürseniz yanıt olarak yazmanız yeterli; faturayı yeniden düzenleriz.

      Yıldız Elektronik Müşteri Hizmetleri
      """,
      "Corporate invoice repeating the buyer's tax office and 10-digit tax number."),
    C("invoice", "html", "Sipariş {O} - e-Arşiv fatura",
      """
      <p>Merhaba Elif Hanım,</p>
      <p>Siparişinize ait e-Arşiv faturanızı ekte bulabilirsiniz.</p>
      <table role="presentation" cellpadding="4" cellspacing="0" border="0">
      <tr><td>Fatura no</td><td>ETX/2026/12/00871</td></tr>
      <tr><td>Fatura tarihi</td><td>05.12.2026</td></tr>
      <tr><td>Tutar</td><td>2.380,00 TL</td></tr>
      <tr><td>KDV (%20)</td><td>396,67 TL</td></tr>
      </table>
      <p><small>Ege Tekstil Ev Ürünleri San. ve Tic. Ltd. Şti. · Vergi Dairesi: Çiğli · Vergi No: 3251234567 · MERSİS No: 0325123456700019</small></p>
      """,
      "HTML invoice with a details table and a small-print company line with tax and MERSİS numbers."),
    C("invoice", "text", "Fatura - {O}",
      """
      Merhaba, siparişinizin faturası (No: GKK2026/000317) ekte. Firma bilgilerimiz: Gökkuşağı Kırtasiye, Vergi Dairesi: Konak, Vergi No: 4120987654.

      İyi çalışmalar
      """,
      "One-line invoice message with an invoice number and tax number."),
    C("invoice", "text", "Siparişiniz {O} için düzeltilmiş fatura",
      """
      Sayın Müşterimiz,

      İlk gönderdiğimiz faturada adresinizdeki posta kodu hatalı yazılmıştı. Düzeltilmiş faturanızı ekte gönderiyoruz:

      - Yeni fatura no: HSR/2026/1187-D
      - İptal edilen fatura no: HSR/2026/1187
      - Posta kodu: 34710

      Hisar Hırdavat Yapı Malzemeleri Ltd. Şti.
      Vergi Dairesi: Kadıköy / Vergi No: 4650123987
      Ticaret Sicil No: 612345-5
      """,
      "Corrected invoice with invoice numbers, a postal code and a trade registry number."),
    C("invoice", "text", "{O} - faturanız ektedir",
      """
      İyi günler,

      Siparişinize ait faturayı PDF olarak ekledik. Fatura numarası 2026/TR/000452, düzenleme tarihi 06.12.2026.

      Şahıs şirketimizin bilgileri:
      Deniz Aydınlatma - Deniz Polat
      Vergi Dairesi: Muratpaşa
      T.C. Kimlik / Vergi No: 38104567890

      Saygılarımla,
      Deniz Polat
      """,
      "Sole-proprietor invoice with an 11-digit identity/tax number that is not a phone number."),
    C("invoice", "html", "Faturanız ektedir - sipariş {O}",
      """
      <table role="presentation" width="100%" cellpadding="0" cellspacing="0">
      <tr><td style="padding:16px">
      <p>Sayın Müşterimiz,</p>
      <p>{O} numaralı siparişinize ait e-Fatura ekte yer almaktadır. Fatura numarası: <strong>KPH/2026/0009831</strong>.</p>
      <p>Saygılarımızla,<br>Kapadokya Halı</p>
      <hr>
      <p><small>Kapadokya Halı Dokuma San. Tic. A.Ş. | Nevşehir Merkez | Vergi Dairesi: Kapadokya | Vergi No: 5430987612 | MERSİS No: 0543098761200011</small></p>
      </td></tr>
      </table>
      """,
      "Builder HTML invoice with a rule and a small-print company footer."),
    # ---- review request, text --------------------------------------------------------------
    C("review-request", "text", "Siparişiniz {O} hakkındaki görüşünüz",
      """
      Merhaba,

      Seramik kupa setinizi birkaç gündür kullanıyor olmalısınız. Ürünle ilgili deneyiminizi Amazon'da bir değerlendirme olarak paylaşırsanız, hem diğer alıcılara hem de bize yardımcı olmuş olursunuz.

      Tüm yorumlar, olumlu ya da olumsuz, bizim için değerlidir.

      Saygılarımızla,
      Anadolu Seramik
      """,
      "Neutral review request in plain text, asking for any opinion."),
    C("review-request", "text", "Ürün değerlendirmesi - {O}",
      """
      Merhaba Zeynep Hanım,

      Sipariş ettiğiniz kahve makinesini kullanma fırsatınız olduysa, deneyiminizi Amazon'daki ürün sayfasında değerlendirme olarak yazabilirsiniz. Görüşleriniz, ürünü düşünen diğer alıcılara yol gösterecektir.

      Siparişiniz için teşekkür ederiz.

      Yıldız Elektronik
      """,
      "Neutral review request with thanks for the order."),
    C("review-request", "text", "{O} - deneyiminizi paylaşır mısınız?",
      """
      İyi günler,

      Satıcı olarak hizmetimizi geliştirmek için alıcılarımızın görüşlerine önem veriyoruz. Uygun bir zamanınızda Amazon'da hem ürün hem de satıcı hakkında geri bildirim bırakmanızı rica ederiz.

      Ege Tekstil Ev
      """,
      "Neutral request for both a product review and seller feedback."),
    C("review-request", "text", "Sipariş {O}: kısa bir rica",
      """
      Merhaba Oğuz Bey, koşu ayakkabınızı birkaç antrenmanda denediyseniz, Amazon'da bir ürün değerlendirmesi yazmanızı rica ederiz. Memnun kaldığınız ve kalmadığınız yönleri olduğu gibi yazmanız diğer koşuculara yardımcı olur.

      Atlas Spor
      """,
      "Short review request that explicitly welcomes both good and bad points."),
    C("review-request", "text", "{O} numaralı siparişiniz için değerlendirme ricası",
      """
      Sayın Müşterimiz,

      Kitaplarınıza göz atma fırsatı bulduysanız, kitaplar hakkındaki düşüncelerinizi Amazon'da değerlendirme olarak paylaşabilirsiniz.

      Dilerseniz satıcı olarak bizim hizmetimizi de değerlendirebilirsiniz.

      Keyifli okumalar dileriz,
      Nur Kitabevi
      """,
      "Neutral review request from a bookshop, wishing happy reading as a closing formula."),
    C("review-request", "text", "Görüşünüz bizim için önemli - {O}",
      """
      Merhaba,

      Limon fidanınızın yeni yerine alıştığını umuyoruz. Fidanla ve gönderimle ilgili deneyiminizi Amazon'da değerlendirme olarak paylaşırsanız seviniriz; yorumunuz, diğer bahçe severlerin karar vermesine yardımcı olacaktır.

      Sevgiler,
      Toros Bahçe
      """,
      "Review request with a warm opening; asks for the experience without steering to a rating."),
    # ---- review request, HTML with the shop's logo -------------------------------------------
    C("review-request", "html", "Siparişiniz {O} için değerlendirme ricası",
      """
      <p><img src="https://cdn.postaci-builder.net/u/4821/anadolu-seramik-logo.png" alt="Anadolu Seramik logosu" width="160" height="48"></p>
      <p>Merhaba,</p>
      <p>Seramik ürünlerinizi kullanma fırsatınız olduysa, görüşlerinizi Amazon'da paylaşmanızı rica ederiz. Her türlü yorum, diğer alıcılara yol gösterir.</p>
      <p><a href="https://www.amazon.com.tr/review/review-your-purchases/?asin=B0CK4T7M2Q">Ürünü Amazon.com.tr'de değerlendirin</a></p>
      <p>Saygılarımızla,<br>Anadolu Seramik</p>
      """,
      "HTML review request with an unlinked shop logo (alt names the shop) and a descriptive https Amazon link."),
    C("review-request", "html", "{O} - ürün değerlendirmesi",
      """
      <table role="presentation" width="100%" cellpadding="0" cellspacing="0">
      <tr><td style="padding:16px">
      <img src="https://cdn.postaci-builder.net/u/7310/kapadokya-hali-logo.png" alt="Kapadokya Halı" width="200" height="60">
      <p>Sayın Müşterimiz,</p>
      <p>Halınızı birkaç gündür kullanıyorsunuz. Kalitesi, renkleri ve dokusu hakkındaki deneyiminizi Amazon'da paylaşırsanız memnun oluruz.</p>
      <p><a href="https://www.amazon.com.tr/review/create-review?asin=B0D1HX93LM">Amazon.com.tr'de halınız için değerlendirme yazın</a></p>
      <p>Kapadokya Halı Müşteri Hizmetleri</p>
      </td></tr>
      </table>
      """,
      "Builder-table HTML review request with a 200 px logo and descriptive Amazon link."),
    C("review-request", "html", "Deneyiminizi paylaşın - sipariş {O}",
      """
      <div>
      <img src="https://cdn.postaci-builder.net/u/2204/ege-tekstil-ev-logo.png" alt="Ege Tekstil Ev logosu" width="180">
      <p>Merhaba Selin Hanım,</p>
      <p>Siparişiniz için teşekkür ederiz. Nevresim takımınızla ilgili düşüncelerinizi, olumlu ya da olumsuz, Amazon'da bir ürün değerlendirmesiyle paylaşabilirsiniz.</p>
      <p><a href="https://www.amazon.com.tr/review/review-your-purchases/?asin=B0BX2LQ8TR">Nevresim takımını Amazon'da değerlendirin</a></p>
      <p>Ege Tekstil Ev</p>
      </div>
      """,
      "HTML review request with logo, thanks for the order and an explicitly neutral ask."),
    C("review-request", "html", "{O} numaralı siparişiniz",
      """
      <p><img src="https://cdn.postaci-builder.net/u/9051/atlas-spor-logo.png" alt="Atlas Spor logosu" width="140" height="40"></p>
      <p>Merhaba,</p>
      <p>Ürününüzü denediyseniz, Amazon'da kısa bir değerlendirme yazmanız diğer sporculara yardımcı olacaktır.</p>
      <ul>
      <li><a href="https://www.amazon.com.tr/review/review-your-purchases/?asin=B0C9TQ1Z7K">Ürün değerlendirmesi yazın (Amazon.com.tr)</a></li>
      <li><a href="https://www.amazon.com.tr/hz/feedback">Satıcı geri bildirimi bırakın (Amazon.com.tr)</a></li>
      </ul>
      <p>Atlas Spor</p>
      """,
      "HTML review request with two descriptive Amazon links, one for product review and one for seller feedback."),
    C("review-request", "html", "Sipariş {O}: görüşünüzü merak ediyoruz",
      """
      <table role="presentation" width="100%" cellpadding="0" cellspacing="0">
      <tr><td style="padding:10px 20px">
      <p><img src="https://cdn.postaci-builder.net/u/5512/mavi-cini-atolyesi-logo.png" alt="Mavi Çini Atölyesi logosu" width="240" height="80"></p>
      <p>Merhaba Derya Hanım,</p>
      <p>Çini tabağınızın evinize yakıştığını umuyoruz. Ürünle ilgili deneyiminizi Amazon'da değerlendirme olarak paylaşabilirsiniz; görüşleriniz atölyemiz için çok kıymetli.</p>
      <p><a href="https://www.amazon.com.tr/review/review-your-purchases/?asin=B0DJ4W2N8C">Çini tabağı Amazon.com.tr'de değerlendirin</a></p>
      <p>Sevgiyle,<br>Mavi Çini Atölyesi</p>
      </td></tr>
      </table>
      """,
      "Builder HTML review request with a 240 px logo (40 % of 600 px) and a descriptive Amazon link."),
    C("review-request", "html", "Değerlendirme ricası: {O}",
      """
      <p><img src="https://cdn.postaci-builder.net/u/1187/safran-mutfak-logo.png" alt="Safran Mutfak" width="150"></p>
      <p>Sayın Müşterimiz,</p>
      <p>Döküm tencerenizi kullanmaya başladıysanız, deneyiminizi bir ürün değerlendirmesiyle paylaşmanızı rica ederiz.</p>
      <p><a href="https://www.amazon.com.tr/review/create-review?asin=B0B7P5KX3D">Amazon.com.tr'de ürün değerlendirmesi yazın</a></p>
      <p>Afiyetle kullanmanız dileğiyle,<br>Safran Mutfak<br><small>Müşteri Hizmetleri</small></p>
      """,
      "HTML review request with logo and small-text signature; two font sizes only."),
    # ---- delivery scheduling ---------------------------------------------------------------
    C("delivery-scheduling", "text", "Gardırop teslimatı için randevu - {O}",
      """
      Merhaba Murat Bey,

      Siparişinizdeki üç kapılı gardırop 120 kg ağırlığında olduğu için teslimatı kendi nakliye ekibimiz yapacak. Aşağıdaki tarihlerden size uygun olanı yazabilir misiniz?

      - 15 Aralık 2026 Salı, 09:00-13:00
      - 15 Aralık 2026 Salı, 14:00-18:00
      - 17 Aralık 2026 Perşembe, 09:00-13:00

      Binanızda asansör olup olmadığını da belirtirseniz ekibi ona göre planlarız.

      Boğaziçi Mobilya
      """,
      "Bulky wardrobe delivery scheduling with three date/time slots."),
    C("delivery-scheduling", "text", "{O} - buzdolabı teslimat günü",
      """
      Sayın Müşterimiz,

      Siparişinizdeki buzdolabının teslimatı için bölgenizde 10 ve 12 Aralık tarihlerinde araç planlıyoruz. Teslimat 08.00-12.00 ya da 13.00-17.00 saatleri arasında yapılabiliyor.

      Hangi gün ve saat aralığının uygun olduğunu yanıt olarak yazmanızı rica ederiz. Teslimat sırasında evde 18 yaşından büyük birinin bulunması gerekiyor.

      Saygılarımızla,
      Marmara Beyaz Eşya
      """,
      "Large-appliance delivery scheduling with dotted time ranges (08.00-12.00)."),
    C("delivery-scheduling", "html", "Koltuk takımı teslimatı - sipariş {O}",
      """
      <p>Merhaba Ayşe Hanım,</p>
      <p>3+3+1 koltuk takımınızın teslimatını planlamak istiyoruz. Ekibimiz aşağıdaki günlerde ilçenizde olacak:</p>
      <table role="presentation" cellpadding="4" cellspacing="0" border="1">
      <tr><td>Cumartesi, 19.12.2026</td><td>10:00-14:00</td></tr>
      <tr><td>Cumartesi, 19.12.2026</td><td>14:00-18:00</td></tr>
      <tr><td>Pazartesi, 21.12.2026</td><td>10:00-14:00</td></tr>
      </table>
      <p>Uygun aralığı yazmanız yeterli. Eski koltuklarınızın taşınmasını isterseniz bunu da belirtebilirsiniz.</p>
      <p>Boğaziçi Mobilya Teslimat Ekibi</p>
      """,
      "HTML delivery scheduling with a slot table."),
    C("delivery-scheduling", "text", "Sipariş {O}: teslimat saati",
      """
      Merhaba, siparişinizdeki 2 palet seramik karo için teslimat aracımız 14 Aralık Pazartesi günü bölgenizde olacak. Sabah (08:30-12:00) mı yoksa öğleden sonra (13:00-17:30) mı teslim almak istersiniz? Paletler kamyonla geleceği için sokağınızda park yeri olup olmadığını da yazarsanız seviniriz.

      Anadolu Seramik Lojistik
      """,
      "Pallet delivery scheduling in one paragraph with morning/afternoon slots."),
    C("delivery-scheduling", "text", "{O} numaralı siparişinizin teslim tarihi",
      """
      Sayın Tolga Güneş,

      Sipariş ettiğiniz 180 x 200 cm yatak, boyutu nedeniyle nakliye firmamız tarafından randevulu olarak teslim edilecek.

      Uygun günler:
      1. 16 Aralık Çarşamba
      2. 17 Aralık Perşembe
      3. 18 Aralık Cuma

      Her gün için saat aralığı 09:00-17:00'dir; teslimattan bir saat önce şoförümüz sizi arayacak. Tercih ettiğiniz günü yazmanızı rica ederiz.

      Saygılarımızla,
      Yatak Dünyası Müşteri Hizmetleri
      """,
      "Mattress delivery scheduling with a numbered list of days; mentions the driver will call without giving a number."),
    C("delivery-scheduling", "html", "Teslimat planlaması: {O}",
      """
      <p>Sayın Müşterimiz,</p>
      <p>Siparişinizdeki <strong>çamaşır makinesi</strong> için teslimat randevusu oluşturmamız gerekiyor. Aşağıdaki seçeneklerden birini yanıt olarak yazabilirsiniz:</p>
      <ul>
      <li>A: 11 Aralık 2026, 09:00-12:00</li>
      <li>B: 11 Aralık 2026, 15:00-18:00</li>
      <li>C: 12 Aralık 2026, 10:00-13:00</li>
      </ul>
      <p>Teşekkür ederiz.<br>Marmara Beyaz Eşya</p>
      """,
      "HTML delivery scheduling with lettered slot options."),
    # ---- home-service appointment ----------------------------------------------------------
    C("home-service-appointment", "text", "Kombi montaj randevusu - sipariş {O}",
      """
      Merhaba Hakan Bey,

      Satın aldığınız kombi montaj hizmeti için yetkili teknisyenimizin randevusunu ayarlamak istiyoruz. Uygun seçenekler:

      - 9 Aralık 2026 Çarşamba, 09:00-12:00
      - 10 Aralık 2026 Perşembe, 13:00-16:00
      - 12 Aralık 2026 Cumartesi, 10:00-13:00

      Montaj yaklaşık 3 saat sürüyor. Doğalgaz açma işleminin yapılmış olması gerekiyor.

      Saygılarımızla,
      Marmara Isı Servis
      """,
      "Home-service (boiler installation) appointment with three slots and a preparation note."),
    C("home-service-appointment", "text", "{O} - klima montajı için gün seçimi",
      """
      Sayın Müşterimiz,

      Klimanızın montajı için ekibimiz 14-18 Aralık tarihleri arasında bölgenizde çalışacak. Sabah 09.00-12.00 ya da öğleden sonra 13.00-17.00 aralıklarından size uygun olan gün ve saati yazabilir misiniz?

      Montaj sırasında dış ünitenin konacağı balkona erişim gerekiyor.

      İyi günler dileriz,
      Serin Klima Servis
      """,
      "Air-conditioner installation appointment with a date range and two time windows."),
    C("home-service-appointment", "html", "Mobilya kurulum randevunuz - {O}",
      """
      <p>Merhaba Cansu Hanım,</p>
      <p>Satın aldığınız <strong>kurulum hizmeti</strong> için montaj ustamızın randevusunu planlıyoruz.</p>
      <p>Önerdiğimiz randevu: <strong>16 Aralık 2026 Çarşamba, 10:00-12:00</strong></p>
      <p>Bu saat uygun değilse, aynı hafta içinde size uyan başka bir gün ve saati yazabilirsiniz.</p>
      <p>Saygılarımızla,<br>Boğaziçi Mobilya Kurulum Ekibi</p>
      """,
      "HTML home-service appointment proposing one slot and inviting an alternative."),
    C("home-service-appointment", "text", "Sipariş {O}: bulaşık makinesi kurulumu",
      """
      Merhaba,

      Bulaşık makinenizin kurulumu için servis randevunuzu 11.12.2026 Cuma günü 14:00-16:00 arasına planladık. Randevu referans numaranız: SRV-2026-118204.

      Bu saatte evde olamayacaksanız 10 Aralık akşamına kadar bu mesaja yanıt vermeniz yeterli; yeni bir saat ayarlarız.

      Marmara Beyaz Eşya Servis
      """,
      "Home-service appointment with a reference number and a reschedule option."),
    C("home-service-appointment", "text", "{O} - TV duvar montajı randevusu",
      """
      Merhaba Serkan Bey,

      Televizyonunuz için satın aldığınız duvar montajı hizmetiyle ilgili yazıyoruz. Teknisyenimiz 18 Aralık Cuma günü 09:00-11:00 veya 15:00-17:00 arasında gelebilir.

      Montaj yapılacak duvarın beton mu yoksa alçıpan mı olduğunu da yazarsanız doğru malzemeyle geliriz.

      Yıldız Elektronik Teknik Servis
      """,
      "TV wall-mount appointment asking for a slot and the wall type."),
    C("home-service-appointment", "html", "Perde montaj randevusu: sipariş {O}",
      """
      <table role="presentation" width="100%" cellpadding="0" cellspacing="0">
      <tr><td style="padding:16px">
      <p>Sayın Müşterimiz,</p>
      <p>Perdelerinizin ölçü ve montaj hizmeti için randevu oluşturmak istiyoruz.</p>
      <ul>
      <li>Pazartesi 14.12.2026: 10:00-12:00 veya 14:00-16:00</li>
      <li>Salı 15.12.2026: 10:00-12:00</li>
      </ul>
      <p>Size uygun saati yanıt olarak yazmanızı rica ederiz.</p>
      <p>Ege Tekstil Ev Montaj Ekibi</p>
      </td></tr>
      </table>
      """,
      "Builder HTML curtain-installation appointment with slots per day."),
]
