"""Blind evaluation set v5, Turkish (tr-TR): 50 buyer-seller messages."""

LANG = "tr"
LOCALE = "tr-TR"

# Order numbers: prefix 112-, each different.
_ORDERS = [
    "112-%07d-%07d" % ((3061829 + i * 160843) % 10**7, (6120457 + i * 128311) % 10**7) for i in range(50)
]

_RAW = [
    # ---------------- clean (1-17) ----------------
    ("delivery-delay", "text",
     "Kargoya veriliş tarihinde gecikme – {oid} numaralı sipariş",
     "Merhaba Zeynep Hanım,\n\n"
     "{oid} numaralı siparişinizdeki el dokuması kilim, ilanda belirttiğimiz tarihten daha geç "
     "hazır olacak. Tezgâhımızdaki bir arıza nedeniyle dokuma birkaç gün aksadı.\n\n"
     "Yeni tahmini gönderim tarihi 17.12.2026. Bu tarih sizin için uygun değilse bu mesaja yanıt "
     "vermeniz yeterli.\n\n"
     "Anlayışınız için teşekkür ederiz.\n\n"
     "Saygılarımla\nHatice Demir\nDemir Kilim Atölyesi, Uşak",
     [], "Plain-text delivery delay with a new dispatch date; clean."),
    ("delivery-delay", "html",
     "Siparişiniz {oid} – gönderim tarihi değişti",
     "<p>Sayın Müşterimiz,</p>"
     "<p>{oid} numaralı siparişinizdeki robot süpürge yedek fırça seti, ilanda belirtilen tarihte "
     "gönderilemeyecek. Tedarikçimiz depomuza yapacağı teslimatı erteledi.</p>"
     "<table><tr><td>İlk gönderim tarihi:</td><td>3 Aralık 2026</td></tr>"
     "<tr><td>Yeni gönderim tarihi:</td><td><strong>10 Aralık 2026</strong></td></tr></table>"
     "<p>Yeni tarih sizin için uygun değilse lütfen bu mesajı yanıtlayın.</p>"
     "<p>Saygılarımızla<br>Müşteri Hizmetleri<br>TemizEv Yedek Parça</p>",
     [], "Builder HTML delivery delay with a table of dates; clean."),
    ("order-problem", "text",
     "[Önemli] {oid} numaralı sipariş – ürün stokta yok, tutar düzeltildi",
     "Merhaba,\n\n"
     "üzgünüz, siparişinizdeki ürünlerden birini – 300 ml “Kapadokya” desenli seramik kupayı – "
     "gönderemiyoruz: stoktaki son kupa paketleme sırasında kırıldı ve üretici bu deseni artık "
     "üretmiyor.\n\n"
     "{oid} numaralı siparişinizin tutarı, stok yetersizliği nedeniyle 245,00 TL düşülerek "
     "düzeltildi. Diğer ürünler planlanan tarihte gönderilecek.\n\n"
     "Yaşattığımız aksaklık için özür dileriz.\n\n"
     "Saygılarımızla\nÇini Sepeti",
     [], "Order problem with the amount adjusted and [Önemli] in the subject; clean."),
    ("additional-information", "text",
     "Ölçüye özel perde – ölçü teyidi ({oid})",
     "Merhaba Serkan Bey,\n\n"
     "{oid} numaralı siparişinizdeki ölçüye özel stor perdeyi hazırlıyoruz. Formda genişlik "
     "158 cm, yükseklik 24 cm yazıyor; yükseklik alışılmadık derecede kısa göründüğü için "
     "kumaşı kesmeden önce emin olmak istiyoruz.\n\n"
     "Doğru ölçü 124 cm olabilir mi? Ayrıca zincirin hangi tarafta olmasını istediğinizi "
     "(sağ/sol) bildirir misiniz?\n\n"
     "İyi çalışmalar\nEmre Kaya\nKaya Perde",
     [], "Request for information needed to make a made-to-measure item; clean."),
    ("return-follow-up", "text",
     "İade talebiniz hakkında – sipariş {oid}",
     "Sayın Ahmet Bey,\n\n"
     "{oid} numaralı siparişinizdeki çaydanlığı gövdesindeki çizik nedeniyle iade etmek "
     "istediğinizi gördük. Ürün bunun dışında sorunsuz çalışıyorsa ve elinizde tutmak isterseniz, "
     "size 150,00 TL kısmi geri ödeme yapabiliriz.\n\n"
     "Yine de iade etmeyi tercih ederseniz Amazon üzerindeki iade sürecine devam etmeniz "
     "yeterli.\n\n"
     "Saygılarımızla\nElif Arslan\nMutfak Durağı",
     [], "Return follow-up offering a partial refund; clean."),
    ("return-follow-up", "text",
     "İadenizle ilgili bir soru – {oid}",
     "Merhaba,\n\n"
     "{oid} numaralı siparişinizde iki masa lambası vardı: biri siyah, biri beyaz. İade talebinde "
     "hangisinin geri gönderileceği belirtilmemiş. İadeyi doğru işleyebilmemiz için hangi lambayı "
     "gönderdiğinizi yazabilir misiniz?\n\n"
     "Teşekkürler\nCan Özdemir\nIşık Evi",
     [], "Return follow-up asking which item is returned; clean."),
    ("invoice", "text",
     "{oid} numaralı siparişinizin faturası (2026/12/0457)",
     "Merhaba,\n\n"
     "{oid} numaralı siparişinize ait 2026/12/0457 numaralı faturayı ekte bulabilirsiniz. "
     "Toplam tutar: 4.249,90 TL (KDV %20 dahil, KDV tutarı 708,32 TL).\n\n"
     "Saygılarımızla\nMuhasebe Birimi\n\n"
     "Ofis Dünyası Kırtasiye Ltd. Şti.\nCaferağa Mah. Moda Cad. No: 45/3, 34710 Kadıköy/İstanbul\n"
     "Kadıköy V.D. Vergi No: 6340123457 | MERSİS No: 0634012345700015\n"
     "Ticaret Sicil No: 512345-5",
     [], "Invoice with Vergi No, MERSİS and an invoice number with slashes; clean."),
    ("review-request", "text",
     "Yastığınız hakkında görüşünüz ({oid})",
     "Merhaba,\n\n"
     "{oid} numaralı siparişinizin teslim edilmesinin üzerinden bir hafta geçti. Vaktiniz olursa "
     "ürün hakkında Amazon'da bir değerlendirme yazmanızdan memnuniyet duyarız; olumlu ya da "
     "olumsuz her yorum diğer alıcıların seçim yapmasına yardımcı oluyor.\n\n"
     "Sevgiyle\nUyku Atölyesi",
     [], "Neutral plain-text review request; clean."),
    ("review-request", "html",
     "Kahvenin tadı nasıldı? – {oid}",
     "<p><img src=\"https://m.media-amazon.com/images/S/seller-logos/kahve-duragi-logo.png\" "
     "alt=\"Kahve Durağı logosu\" width=\"160\" height=\"60\"></p>"
     "<p>Merhaba,</p>"
     "<p>{oid} numaralı siparişinizdeki Türk kahvesi setinin size ulaştığını umuyoruz. "
     "Deneyiminiz nasıl olursa olsun, bir değerlendirme yazarsanız seviniriz.</p>"
     "<p><a href=\"https://www.amazon.com.tr/review/create-review?asin=B0C9R2KD7T\">Ürün için "
     "Amazon.com.tr'de değerlendirme yazın</a></p>"
     "<p>Selamlar<br>Kahve Durağı</p>",
     [], "HTML review request with shop logo (alt names shop) and descriptive https Amazon link; clean."),
    ("delivery-scheduling", "text",
     "Gardırop teslimatı – randevu ({oid})",
     "Merhaba Burak Bey,\n\n"
     "{oid} numaralı siparişinizdeki sürgülü gardırop yaklaşık 95 kg ağırlığında ve kendi "
     "nakliye ekibimizle kata çıkarılarak teslim ediliyor. Bu yüzden teslimat için sizinle bir "
     "randevu belirlememiz gerekiyor. Uygun saatler:\n\n"
     "- 15 Aralık 2026 Salı, 08:00–12:00\n- 16 Aralık 2026 Çarşamba, 12:00–16:00\n"
     "- 19 Aralık 2026 Cumartesi, 09:00–13:00\n\n"
     "Size uyan zamanı ve binada asansör olup olmadığını yazmanız yeterli.\n\n"
     "Saygılarımızla\nModa Mobilya Teslimat Birimi",
     [], "Delivery scheduling of a bulky item with time slots; clean."),
    ("home-service-appointment", "text",
     "Bulaşık makinesi kurulumu – randevu ({oid})",
     "Merhaba,\n\n"
     "{oid} numaralı siparişinizle ankastre bulaşık makinesi kurulum hizmeti satın aldınız. "
     "Teknisyenimiz şu saatlerde gelebilir:\n\n"
     "1) 10.12.2026 Perşembe, 09:00–11:00\n2) 11.12.2026 Cuma, 14:00–16:00\n\n"
     "Hangisi size uygun? Lütfen evyenin altındaki su vanasına erişimin açık olmasına dikkat "
     "edin.\n\n"
     "İyi günler\nSelin Yıldız\nYıldız Teknik Servis",
     [], "Home-service appointment with two slots; clean."),
    ("custom-design-verification", "text",
     "Gravür tasarımı onayınızı bekliyor – {oid}",
     "Merhaba,\n\n"
     "{oid} numaralı siparişinizdeki kesme tahtası için hazırladığımız gravür tasarımı ekte. "
     "Yazı: “Ayşe & Mert – 12.09.2026”, tırnaklı yazı tipi, harf yüksekliği 14 mm.\n\n"
     "Lütfen yazımı kontrol edip tasarımı onaylayın ya da değişiklik isteğinizi yazın. Gravürü "
     "ancak onayınızdan sonra yapıyoruz.\n\n"
     "Kolay gelsin\nMert Aydın\nAhşap Atölyesi Aydın",
     [], "Custom design proof awaiting approval; clean."),
    ("fulfillment-question", "text",
     "Site giriş kodu – koltuk teslimatı ({oid})",
     "Merhaba,\n\n"
     "{oid} numaralı siparişinizdeki koltuk takımının teslimatı için (teslimat referans no: "
     "TR-2026/48817, daire no: 14B) ekibimizin site kapısından ve blok girişinden geçmesi "
     "gerekiyor. Kapı ve blok giriş kodlarını bizimle paylaşabilir misiniz?\n\n"
     "Teşekkürler\nKonfor Koltuk",
     [], "Door-code question with reference numbers; clean."),
    ("reply", "text",
     "Ynt: Küvete uyar mı? – {oid}",
     "Merhaba,\n\n"
     "“Bamboo Bath Caddy Tray – Expandable” adlı küvet rafı 70 ile 105 cm arasında açılıyor, "
     "yani 80 cm genişliğindeki küvetinize rahatlıkla uyar. Ayaklarındaki silikon başlıklar "
     "akrilik yüzeyi çizmez.\n\n"
     "Selamlar\nBanyo Köşesi (sipariş {oid})",
     [], "Reply quoting an English product title inside Turkish sentences; clean."),
    ("reply", "text",
     "Ynt: Kahve makinesi su ısıtmıyor – {oid}",
     "Merhaba Murat Bey,\n\n"
     "{oid} numaralı siparişinizdeki kahve makinesinin su ısıtmamasına üzüldük. Cihaz 2 yıl "
     "üretici garantisi kapsamında ve garanti onarımlarını doğrudan üreticinin yetkili servisi "
     "yapıyor.\n\n"
     "Üreticinin garanti destek hattı (Arçelik, garanti işlemleri): 444 0 888, hafta içi "
     "08:00–20:00.\n\n"
     "Ulaşamazsanız bize buradan yazın, yardımcı olalım.\n\n"
     "Saygılarımızla\nKahve Evi",
     [], "Reply giving the manufacturer's warranty line, marked as such; clean."),
    ("reply", "text",
     "Ynt: Sertifika – {oid}",
     "Merhaba,\n\n"
     "{oid} numaralı siparişinizdeki ahşap oyuncaklar CE işaretli olup EN 71-3 standardına göre "
     "test edilmiştir. Uygunluk beyanının bir kopyasına ihtiyacınız olursa bir sonraki mesajda "
     "ekleyebiliriz.\n\n"
     "Saygılarımızla\nGül Şahin\n\n"
     "Şahin Oyuncak Tic. Ltd. Şti.\nAtatürk Cad. No: 112, 35220 Konak/İzmir\n"
     "Konak V.D. Vergi No: 8150456721 | MERSİS No: 0815045672100019",
     [], "Reply with a company-details footer; clean."),
    ("reply", "text",
     "Ynt: Para iadem ne zaman yapılır? – {oid}",
     "Merhaba,\n\n"
     "İADE-2026-0873 numaralı iadeniz (iade gönderi takip no: 7310 4418 2256) 02.12.2026 günü "
     "saat 10:45'te bize ulaştı. 649,90 TL tutarındaki geri ödeme 03.12.2026 tarihinde yapıldı; "
     "bankanıza bağlı olarak 3–5 iş günü içinde hesabınıza yansır.\n\n"
     "Saygılarımızla\nİade Birimi, Ayakkabı Rafı – sipariş {oid}",
     [], "Reply with return and tracking numbers, dates, times and amounts; clean."),
    # ---------------- violations (18-48) ----------------
    ("fulfillment-question", "text",
     "{oid} numaralı siparişiniz yolda",
     "Merhaba,\n\n"
     "{oid} numaralı siparişinizin paketi bugün depomuzdan çıktı ve kargo firmasına teslim "
     "edildi. 1–3 iş günü içinde elinizde olur.\n\n"
     "Selamlar\nHobi Dükkânı",
     ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier."),
    ("fulfillment-question", "text",
     "Siparişiniz alındı ({oid})",
     "Merhaba,\n\n"
     "{oid} numaralı siparişiniz elimize ulaştı, şu anda hazırlayıp paketliyoruz.\n\n"
     "Bisiklet Durağı",
     ["BSM201"], "Order confirmation: order received and being packed."),
    ("fulfillment-question", "text",
     "Teşekkürler! ({oid})",
     "Merhaba Derya Hanım,\n\n"
     "Mum Atölyesi'nden alışveriş yaptığınız için çok teşekkür ederiz! Bizi tercih etmeniz bizi "
     "çok mutlu etti.\n\n"
     "Sevgiler\nNazlı ve Ece",
     ["BSM202"], "Thanks-only message."),
    ("fulfillment-question", "text",
     "Sipariş {oid}",
     "Merhaba,\n\n"
     "{oid} numaralı siparişinizle ilgili herhangi bir sorun olursa buradayız; bu mesajı "
     "yanıtlamanız yeterli.\n\n"
     "Saygılarımızla\nKablo Dünyası Müşteri Hizmetleri",
     ["BSM202"], "Only offers help if anything comes up."),
    ("delivery-delay", "text",
     "{oid} numaralı sipariş birkaç gün gecikecek",
     "Merhaba,\n\n"
     "{oid} numaralı siparişinizdeki yılbaşı takvimini 08.12.2026 yerine 11.12.2026 tarihinde "
     "göndereceğiz; matbaa kutuları geç teslim etti.\n\n"
     "Gecikme için özür dileriz.\nTatlı Çekmece\n\n"
     "Not: Yılbaşına kadar Amazon'daki tüm ürünlerimizde %20 indirim var.",
     ["BSM203"], "Permitted delay message with a promotional P.S."),
    ("reply", "text",
     "Ynt: Kazak bedeni – {oid}",
     "Merhaba Buse Hanım,\n\n"
     "{oid} numaralı siparişinizdeki kazak oldukça bol kalıplı; ölçülerinize göre S beden tam "
     "olur.\n\n"
     "Bizi Instagram'da takip etmeyi ve e-bültenimize abone olmayı unutmayın; ocak ayında yeni "
     "alpaka koleksiyonumuzu tanıtıyoruz.\n\n"
     "Sevgiler\nYün Sepeti",
     ["BSM203"], "Invites the buyer to follow the shop and subscribe to the newsletter."),
    ("review-request", "text",
     "Değerlendirmeniz – {oid}",
     "Merhaba,\n\n"
     "{oid} numaralı siparişinizdeki ipek şal hakkında Amazon'da yorum yazarsanız çok seviniriz. "
     "Yorumunuz yayımlandığında teşekkür olarak size küçük bir hediye göndereceğiz.\n\n"
     "Saygılarımızla\nİpek Yolu Butik",
     ["BSM204"], "Small gift once the review is published."),
    ("review-request", "text",
     "Size özel bir teklif – {oid}",
     "Merhaba Kerem Bey,\n\n"
     "{oid} numaralı siparişinizdeki kulaklık için bir değerlendirme yazmanızı rica ediyoruz. "
     "Yorumunuz Amazon'da yayına girer girmez ödediğiniz tutarın tamamını iade edeceğiz.\n\n"
     "Saygılarımızla\nSes Noktası",
     ["BSM204"], "Full refund as soon as the review is online."),
    ("reply", "text",
     "Ynt: Şarj adaptörü – {oid}",
     "Merhaba,\n\n"
     "{oid} numaralı siparişiniz için gönderdiğimiz yeni adaptörün sorunsuz çalışmasına "
     "sevindik. Sorun çözüldüğüne göre, olumsuz yorumunuzu güncellemeyi ya da kaldırmayı "
     "düşünür müsünüz?\n\n"
     "Selamlar\nMobil Tamir",
     ["BSM205"], "Asks to update or remove an existing negative review."),
    ("review-request", "text",
     "Memnun kaldınız mı? ({oid})",
     "Merhaba,\n\n"
     "{oid} numaralı siparişinizdeki ortopedik yastıktan memnun kaldıysanız Amazon'da bir yorum "
     "bırakmanızı rica ederiz. Memnun kalmadıysanız yorum yazmak yerine lütfen önce bize yazın, "
     "mutlaka bir çözüm buluruz.\n\n"
     "Saygılarımızla\nRahat Uyku",
     ["BSM206"], "Review only if satisfied; unhappy buyers steered to the seller."),
    ("review-request", "text",
     "Küçük bir ricamız var – {oid}",
     "Merhaba,\n\n"
     "biz küçük bir aile işletmesiyiz ve her puan bizim için çok önemli. Ütü masamıza "
     "({oid} numaralı sipariş) beş yıldız verirseniz çok mutlu oluruz.\n\n"
     "Yılmaz Ailesi\nEv Hali",
     ["BSM206"], "Asks for five stars."),
    ("delivery-delay", "text",
     "Gecikme – {oid} numaralı sipariş",
     "Merhaba,\n\n"
     "{oid} numaralı siparişinizdeki darbeli matkap maalesef üreticide tükendi; yeni parti ancak "
     "Şubat 2027'de gelecek.\n\n"
     "Beklemek istemezseniz en hızlı yol, Amazon'da “Siparişlerim” bölümünden siparişi kendiniz "
     "iptal etmeniz.\n\n"
     "Selamlar\nAlet Deposu",
     ["BSM108"], "Advises the buyer to cancel themself because stock ran out."),
    ("order-problem", "text",
     "Stok sorunu – {oid}",
     "Merhaba,\n\n"
     "{oid} numaralı siparişinizdeki ofis koltuğu maalesef tükendi ve yeniden stoğa girmeyecek.\n\n"
     "Amazon üzerinden bir iptal talebi oluşturursanız çok memnun oluruz.\n\n"
     "Özür dileriz\nOfis Konfor",
     ["BSM107", "BSM108"], "Asks for a cancellation request; no amount adjustment."),
    ("review-request", "text",
     "Görüşünüz bizim için değerli – {oid}",
     "Merhaba,\n\n"
     "{oid} numaralı siparişiniz birkaç gün önce teslim edildi. İsterseniz ürün hakkında "
     "Amazon'da bir değerlendirme yazabilirsiniz.\n\n"
     "Bizden mesaj almak istemiyorsanız bu mesaja DUR yazarak yanıt verin.\n\n"
     "Saygılarımızla\nDoğal Bakım",
     ["BSM305"], "Opt-out instruction: reply DUR."),
    ("reply", "text",
     "Ynt: Yanlış renk – {oid}",
     "Merhaba,\n\n"
     "depodaki salaklar yine boku yemiş, {oid} numaralı siparişinize yanlış renk perde "
     "koymuşlar, lanet olsun. Gri ile değişim mi yoksa para iadesi mi istediğinizi yazın.\n\n"
     "Selamlar\nOğuz, Perde Dünyası",
     ["BSM306"], "Turkish profanity in a reply."),
    ("delivery-delay", "text",
     "Bestellung {oid} – Versand verzögert sich",
     "Guten Tag,\n\n"
     "leider verzögert sich der Versand der Keramikschale aus Ihrer Bestellung {oid}, da unser "
     "Brennofen ausgefallen ist. Neuer Versandtermin ist der 14.12.2026.\n\n"
     "Wir bitten um Entschuldigung.\n\n"
     "Mit freundlichen Grüßen\nToprak Seramik",
     ["BSM104"], "Message in German for a tr-TR buyer."),
    ("reply", "text",
     "Ynt: Korniş montajı – {oid}",
     "Merhaba,\n\n"
     "{oid} numaralı siparişinizdeki korniş montajını telefonda anlatmak daha kolay olur. "
     "Beni 0532 418 27 63 numarasından arayabilirsiniz, tercihen 16:00'dan sonra.\n\n"
     "Selamlar\nGökhan, Korniş Market",
     ["BSM309"], "National mobile number, not a warranty line."),
    ("delivery-scheduling", "text",
     "Buzdolabı teslimatı – {oid}",
     "Merhaba,\n\n"
     "{oid} numaralı siparişinizdeki buzdolabını 14 Aralık 2026 Pazartesi 10:00–14:00 arasında "
     "teslim edebiliriz. Sorularınız için doğrudan şoförümüzü arayabilirsiniz: +90 542 880 43 12.\n\n"
     "Saygılarımızla\nSoğuk Hava Nakliyat",
     ["BSM309"], "International-format phone number of the driver."),
    ("reply", "text",
     "Ynt: Fatura düzeltmesi – {oid}",
     "Merhaba,\n\n"
     "{oid} numaralı siparişin fatura düzeltmesi için lütfen doğrudan muhasebe@modamobilya.com.tr "
     "adresine yazın, en hızlı orada çözeriz.\n\n"
     "Saygılarımızla\nModa Mobilya",
     ["BSM308"], "Plain e-mail address."),
    ("reply", "text",
     "Ynt: Kırık abajur – {oid}",
     "Merhaba,\n\n"
     "{oid} numaralı siparişinizdeki kırık abajurun fotoğraflarını destek et isikevi nokta com "
     "adresine gönderirseniz hemen yenisini yollarız.\n\n"
     "Selamlar\nIşık Evi",
     ["BSM308"], "Obfuscated e-mail address with et / nokta."),
    ("reply", "html",
     "Ynt: Keten nevresimin yıkanması – {oid}",
     "<p>Merhaba,</p>"
     "<p>{oid} numaralı siparişinizdeki keten nevresimi yumuşatıcı kullanmadan 40 derecede "
     "yıkamanızı öneririz. Daha fazla bilgi için "
     "<a href=\"https://www.ketenevi.com.tr/bakim-rehberi\">web sitemizdeki keten bakım "
     "rehberine</a> göz atabilirsiniz.</p>"
     "<p>Selamlar<br>Keten Evi</p>",
     ["BSM302"], "https link to the seller's own site with descriptive text."),
    ("review-request", "html",
     "{oid} – görüşünüzü paylaşın",
     "<p>Merhaba,</p>"
     "<p>{oid} numaralı siparişinizdeki ürün hakkında bir değerlendirme yazarsanız seviniriz.</p>"
     "<p><a href=\"http://www.amazon.com.tr/review/create-review?asin=B0D5L2W8QR\">Ürün için "
     "Amazon.com.tr'de değerlendirme yazın</a></p>"
     "<p>Selamlar<br>Bahçe Köşkü</p>",
     ["BSM301"], "Insecure http link to Amazon with descriptive text."),
    ("reply", "html",
     "Ynt: Lambanın rengi – {oid}",
     "<p>Merhaba,</p>"
     "<p>{oid} numaralı siparişinizdeki lamba fırçalanmış pirinç kaplamalı, aşağıdaki gibi:</p>"
     "<p><img src=\"https://m.media-amazon.com/images/I/sarkit-lamba-orbit-pirinc.jpg\" "
     "alt=\"Orbit pirinç sarkıt lamba\" width=\"300\" height=\"300\"></p>"
     "<p>Selamlar<br>Işık Evi</p>",
     ["BSM310"], "Image of the purchased product."),
    ("delivery-delay", "html",
     "Yeni gönderim tarihi – {oid}",
     "<p><img src=\"https://m.media-amazon.com/images/S/stock/yilbasi-agaci-kar.jpg\" "
     "alt=\"Karla kaplı yılbaşı ağacı\" width=\"300\" height=\"200\"></p>"
     "<p>Merhaba,</p>"
     "<p>{oid} numaralı siparişinizdeki cam süsleri 10.12.2026 yerine 15.12.2026 tarihinde "
     "göndereceğiz. Gecikme için özür dileriz.</p>"
     "<p>Selamlar<br>Cam Sanat</p>",
     ["BSM311"], "Unrelated stock image (snow-covered Christmas tree)."),
    ("review-request", "html",
     "Değerlendirmeniz – {oid}",
     "<p><img src=\"https://m.media-amazon.com/images/S/seller-logos/cay-bahcesi-logo.png\" "
     "alt=\"\" width=\"150\" height=\"50\"></p>"
     "<p>Merhaba,</p>"
     "<p>vaktiniz olursa {oid} numaralı siparişinizdeki çay hakkında Amazon'da bir yorum "
     "yazabilirsiniz.</p>"
     "<p>Selamlar<br>Çay Bahçesi</p>",
     ["BSM402"], "Shop logo with empty alt."),
    ("delivery-delay", "text",
     "Ufak bir gecikme – {oid}",
     "Merhaba!\n\n"
     "{oid} numaralı siparişinizdeki çoraplar çarşamba yerine 11 Aralık Cuma günü yola çıkacak; "
     "örgü makinemizin tamir edilmesi gerekti. Sabrınız için teşekkürler 🙏\n\n"
     "Çorap Atölyesi Ekibi",
     ["BSM403"], "Emoji in a delay message."),
    ("reply", "text",
     "Ynt: iPhone 15'e uyar mı? – {oid}",
     "Merhaba,\n\n"
     "evet, {oid} numaralı siparişinizdeki kılıf iPhone 15'e uyar, ama Plus modeline uymaz :D\n\n"
     "Selamlar\nKılıf Dükkânı",
     ["BSM403"], "Emoticon :D in a reply."),
    ("delivery-delay", "html",
     "{oid} – yeni tarih",
     "<style>h1{font-size:23px} h2{font-size:18px} p{font-size:13px} .altbilgi{font-size:10px}</style>"
     "<h1>Yeni gönderim tarihi</h1>"
     "<h2>Sipariş {oid}</h2>"
     "<p>Merhaba, kitaplığınızı 09.12.2026 yerine 16.12.2026 tarihinde göndereceğiz; vernik "
     "işlemi birkaç gün daha sürüyor.</p>"
     "<p class=\"altbilgi\">Raf Ustası, Sanayi Cad. No: 7, 16140 Nilüfer/Bursa</p>",
     ["BSM410"], "Four explicit font sizes in a <style> block."),
    ("additional-information", "html",
     "Kupa üzerindeki yazı – {oid}",
     "<p>Merhaba,</p>"
     "<p>{oid} numaralı siparişinizde kupaya basılacak yazı alanı boş bırakılmış.</p>"
     "<p></p><p></p>"
     "<p>Hangi yazıyı basmamızı istersiniz? En fazla 20 karakter.</p>"
     "<p>Selamlar<br>Baskı Kupa</p>",
     ["BSM412"], "Empty paragraphs between paragraphs in HTML."),
    ("return-follow-up", "text",
     "[Önemli] İadeniz hakkında – {oid}",
     "Merhaba,\n\n"
     "{oid} numaralı siparişinizdeki tencereyi kenarındaki ezik nedeniyle iade etmek istediğinizi "
     "gördük. Tencereyi elinizde tutarsanız 200,00 TL kısmi geri ödeme yapabiliriz; iade etmeyi "
     "tercih ederseniz Amazon'daki iade sürecine devam edebilirsiniz.\n\n"
     "Saygılarımızla\nMutfak Sanatı",
     ["BSM110"], "[Önemli] tag on a return follow-up."),
    ("review-request", "html",
     "Yorumunuz – {oid}",
     "<p>Merhaba,</p>"
     "<p>{oid} numaralı siparişinizdeki sırt çantası hakkında birkaç söz yazarsanız seviniriz:</p>"
     "<p><a href=\"https://www.amazon.com.tr/review/create-review?asin=B0BT4N6Q2Z\">"
     "https://www.amazon.com.tr/review/create-review?asin=B0BT4N6Q2Z</a></p>"
     "<p>Selamlar<br>Çanta Diyarı</p>",
     ["BSM401"], "Bare URL as link text."),
    # ---------------- varying (49-50) ----------------
    ("delivery-delay", "html",
     "Gönderim tarihi güncellendi – {oid}",
     "<div style=\"padding: 0 140px;\">"
     "<p>Merhaba,</p>"
     "<p>{oid} numaralı siparişinizdeki tencere setini 07.12.2026 yerine 14.12.2026 tarihinde "
     "göndereceğiz. Anlayışınız için teşekkür ederiz.</p>"
     "<p>Saygılarımızla<br>Mutfak Pazarı</p>"
     "</div>",
     ["BSM405"], "140 px padding on each side of the message container."),
    ("review-request", "html",
     "Görüşünüz – {oid}",
     "<p><img src=\"https://m.media-amazon.com/images/S/seller-logos/yun-sepeti-banner.png\" "
     "alt=\"Yün Sepeti logosu\" width=\"580\" height=\"120\"></p>"
     "<p>Merhaba,</p>"
     "<p>{oid} numaralı siparişinizdeki eldivenler hakkında Amazon'da bir değerlendirme "
     "yazarsanız seviniriz.</p>"
     "<p>Selamlar<br>Yün Sepeti</p>",
     ["BSM406"], "Shop logo image 580 px wide (over 80% of 600 px)."),
]


def _build():
    out = []
    for i, (typ, fmt, subj, body, expected, note) in enumerate(_RAW):
        oid = _ORDERS[i]
        out.append({
            "id": "v5-%s-%03d" % (LANG, i + 1),
            "language": LANG,
            "locale": LOCALE,
            "type": typ,
            "format": fmt,
            "subject": subj.replace("{oid}", oid),
            "body": body.replace("{oid}", oid),
            "order_id": oid,
            "expected": sorted(expected),
            "note": note,
        })
    return out


MESSAGES = _build()
