# -*- coding: utf-8 -*-
"""v4 blind evaluation set, Turkish (tr-TR)."""

LANG, LOC = "tr", "tr-TR"


def _o(n):
    return "111-%07d-%07d" % (6017233 + n * 5879, 2405518 + n * 3301)


MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note):
    MESSAGES.append({
        "id": "v4-tr-%03d" % n, "language": LANG, "locale": LOC, "type": typ,
        "format": fmt, "subject": subject, "body": body, "order_id": _o(n),
        "expected": sorted(expected), "note": note})


# ---------------- clean (17) ----------------
_m(1, "delivery-delay", "text", "%s numaralı siparişinizde gecikme" % _o(1),
   "Merhaba Ahmet Bey,\n\n%s numaralı siparişinizdeki Türk kahvesi makinesi, tedarikçimizden gelen partinin gecikmesi nedeniyle "
   "Amazon'da belirtilen tarihte kargoya verilemeyecek. Yeni tahmini gönderim tarihimiz 15.12.2026 Salı.\n\n"
   "Yaşattığımız aksaklık için özür dileriz. Bu tarih size uygun değilse bu mesajı yanıtlamanız yeterli.\n\n"
   "Saygılarımızla,\nElif Yıldız\nMüşteri Hizmetleri, Cezve Dünyası" % _o(1),
   [], "Plain-text delivery delay with a new ship date; clean.")

_m(2, "delivery-delay", "html", "Sipariş %s – yeni teslim tarihi" % _o(2),
   "<p>Sayın Ayşe Hanım,</p>\n<p><strong>%s</strong> numaralı siparişiniz (pamuklu nevresim takımı, çift kişilik) atölyemizdeki makine arızası "
   "nedeniyle birkaç gün gecikmeli hazırlanacak.</p>\n"
   "<table cellpadding=\"4\">\n<tr><td>Önceki tahmini tarih:</td><td>8 Aralık 2026</td></tr>\n"
   "<tr><td>Yeni tahmini gönderim tarihi:</td><td>14 Aralık 2026</td></tr>\n</table>\n"
   "<p>Anlayışınız için teşekkür eder, gecikme için özür dileriz.</p>\n<p>Saygılarımızla<br>\nZeynep Aksoy<br>\nDenizli Tekstil Evi</p>" % _o(2),
   [], "Builder HTML delay with a plain date table; clean.")

_m(3, "order-problem", "text", "[Önemli] Stok sorunu – sipariş %s" % _o(3),
   "Merhaba,\n\n%s numaralı siparişinizdeki döküm tencereyi (24 cm) maalesef gönderemiyoruz: depodaki son ürün kalite kontrolde hasarlı çıktı, "
   "yeni stok da planlanmış değil.\n\nSipariş tutarınız düzeltildi (neden: NoInventory); bu ürün için sizden ücret alınmayacak. "
   "899,90 TL'lik iade Amazon'un süreçlerine göre hesabınıza yansıyacaktır.\n\nYaşattığımız sorun için özür dileriz.\nMurat Kaya\nMutfak Sepeti" % _o(3),
   [], "Order problem with [Önemli] and amount adjustment confirmed; clean.")

_m(4, "additional-information", "text", "Siparişiniz hakkında bir soru – %s" % _o(4),
   "Merhaba Selin Hanım,\n\n%s numaralı siparişinizdeki kolyeye yazılacak ismi sipariş notunda göremedik. "
   "Kazınacak metni (en fazla 12 karakter) ve yazı stilini (düz veya el yazısı) iletebilir misiniz?\n\n"
   "Teşekkürler,\nGümüş Atölye Kapalıçarşı\nHakan Demir" % _o(4),
   [], "Asks for engraving text needed to complete the order; clean.")

_m(5, "return-follow-up", "text", "İade talebiniz – %s" % _o(5),
   "Merhaba,\n\n%s numaralı siparişteki sırt çantası için iade talebinizi aldık; yan dikişteki sökülmeyi gördük. "
   "Çantayı geri göndermek yerine elinizde tutmak isterseniz 350,00 TL kısmi iade yapabiliriz.\n\n"
   "Hangisini tercih ettiğinizi yazmanız yeterli.\n\nİyi günler,\nDoğa Yürüyüşü Ekipmanları" % _o(5),
   [], "Return follow-up offering a partial refund; clean.")

_m(6, "return-follow-up", "html", "İade hakkında soru – %s" % _o(6),
   "<p>Merhaba,</p>\n<p>%s numaralı siparişinizin iadesi için bir bilgiye ihtiyacımız var: tencere setinin tamamını mı, yoksa yalnızca ezik gelen "
   "16 cm sosluğu mu iade etmek istiyorsunuz?</p>\n<p>İade etiketini buna göre hazırlayacağız.</p>\n<p>Saygılarımızla<br>\nŞef Mutfak</p>" % _o(6),
   [], "Return follow-up asking which items come back; clean.")

_m(7, "invoice", "text", "%s numaralı siparişinizin faturası" % _o(7),
   "Merhaba,\n\n%s numaralı siparişinize ait 2026/12/0457 numaralı e-Arşiv faturanız ektedir. Fatura, bildirdiğiniz bilgilere göre "
   "Özgür Mimarlık Ltd. Şti. adına düzenlenmiştir.\n\nToplam tutar: 4.249,00 TL (KDV %%20 dahil: 708,17 TL).\n\n"
   "Saygılarımızla,\nBurcu Şahin, Muhasebe\n\nTeknoOfis Bilişim Ltd. Şti.\nCaferağa Mah. Moda Cad. No: 45/3, 34710 Kadıköy/İstanbul\n"
   "Kadıköy V.D. – Vergi No: 8340527719\nMERSİS No: 0834052771900015 · Ticaret Sicil No: 412887" % _o(7),
   [], "Invoice with slashed number, tax office, Vergi No, MERSİS and trade registry; clean.")

_m(8, "review-request", "text", "Siparişiniz %s hakkında görüşünüz" % _o(8),
   "Merhaba,\n\nçocuk bisikletiniz birkaç gündür sizde. Vaktiniz olursa Amazon'da ürün hakkında bir değerlendirme yazmanızı rica ederiz; "
   "olumlu ya da olumsuz, her yorum başka ailelerin seçim yapmasına yardımcı oluyor.\n\nSipariş: %s\n\nSevgiler,\nMinik Pedal" % _o(8),
   [], "Neutral text review request; clean.")

_m(9, "review-request", "html", "Termosunuz nasıl? Sipariş %s" % _o(9),
   "<p><img src=\"https://m.media-amazon.com/images/S/brand/sicakkalsin-logo.png\" alt=\"SıcakKalsın mağaza logosu\" width=\"140\" height=\"48\"></p>\n"
   "<p>Merhaba,</p>\n<p>%s numaralı siparişinizdeki termosun işinizi gördüğünü umuyoruz. Düşüncelerinizi, iyi ya da kötü, içtenlikle paylaşırsanız seviniriz.</p>\n"
   "<p><a href=\"https://www.amazon.com.tr/review/create-review?asin=B0CTRMS77X\">Amazon.com.tr'de termos için değerlendirme yazın</a></p>\n"
   "<p>Saygılarımızla<br>\nSıcakKalsın</p>" % _o(9),
   [], "HTML review request with shop logo and descriptive https Amazon link; clean.")

_m(10, "delivery-scheduling", "text", "Gardırop teslimatı için randevu – %s" % _o(10),
   "Merhaba Emre Bey,\n\n%s numaralı siparişinizdeki 3 kapaklı gardırop 140 kg olduğu için kendi nakliye ekibimizle, iki kişilik ekiple teslim edilecek. "
   "Uygun olduğunuz zamanı seçer misiniz?\n\n- 14 Aralık Pazartesi, 09.00-12.00\n- 15 Aralık Salı, 13.00-17.00\n- 17 Aralık Perşembe, 17.00-20.00\n\n"
   "Ayrıca daireniz kaçıncı katta ve binada asansör var mı, yazarsanız seviniriz.\n\nİyi çalışmalar,\nİnegöl Mobilya Lojistik" % _o(10),
   [], "Bulky-item delivery scheduling with slots; clean.")

_m(11, "home-service-appointment", "text", "Kurulum randevusu – %s" % _o(11),
   "Merhaba Gülşen Hanım,\n\n%s numaralı siparişinizdeki bulaşık makinesinin kurulumu için teknisyenimiz Serkan Bey şu saatlerde gelebilir:\n\n"
   "10 Aralık Perşembe, 09.00 ile 11.00 arası\nveya\n11 Aralık Cuma, 14.00 ile 16.00 arası.\n\n"
   "Hangisi uygunsa yanıtlamanız yeterli. Lütfen tezgâh altındaki su vanasına erişim açık olsun.\n\nSaygılarımızla\nBeyaz Eşya Servis Ankara" % _o(11),
   [], "Home-service appointment with two windows; clean.")

_m(12, "custom-design-verification", "html", "Tasarım onayı – sipariş %s" % _o(12),
   "<p>Merhaba,</p>\n<p>%s numaralı siparişinizdeki baskılı tişörtlerin tasarım taslağı ektedir (<em>tasarim_taslak_v2.pdf</em>). Lütfen kontrol edin:</p>\n"
   "<ul>\n<li>“Mezuniyet 2026 – İTÜ İnşaat” yazısının yazımı,</li>\n<li>bedenler: 5 adet L, 3 adet XL, 2 adet M,</li>\n<li>baskı rengi: beyaz.</li>\n</ul>\n"
   "<p>Onayınızı aldıktan sonra baskıya geçeceğiz.</p>\n<p>İyi günler<br>\nBaskı Atölyesi Moda</p>" % _o(12),
   [], "Design proof for approval; clean.")

_m(13, "fulfillment-question", "text", "Site giriş şifresi – %s" % _o(13),
   "Merhaba,\n\n%s numaralı siparişinizin adresinde yalnızca “Çamlık Sitesi, B Blok” yazıyor. Kurye, site girişindeki kapı için şifre olmadan "
   "içeri giremediğini daha önceki teslimatlarda bildirmişti.\n\nKapı şifresini ya da güvenlikten geçiş için bir isim iletebilir misiniz? "
   "Referans numaramız: TES/2026/3391, koli 2/2.\n\nTeşekkürler,\nPatili Dostlar Pet Shop" % _o(13),
   [], "Door-code question with reference numbers; clean.")

_m(14, "reply", "text", "Ynt: set içeriği – %s" % _o(14),
   "Merhaba,\n\n%s numaralı siparişinizdeki “Kitchen Pro Blender 1200W” setinde ayrı bir öğütücü hazne bulunmuyor; kutudan sürahi, "
   "iki adet taşınabilir şişe ve bıçak ünitesi çıkıyor. Öğütücü hazneyi üretici ayrıca satıyor.\n\nİyi günler,\nEv Aletleri Merkezi" % _o(14),
   [], "Reply quoting an English product title in Turkish sentences; clean.")

_m(15, "reply", "text", "Ynt: matkap garantisi %s" % _o(15),
   "Merhaba,\n\n%s numaralı siparişinizdeki matkap 2 yıl üretici garantisi kapsamındadır. Onarım için en hızlı yol yetkili servise başvurmak.\n\n"
   "Üreticinin garanti hattı (Bosch yetkili servis): 444 80 10, hafta içi 09.00-18.00.\n\n"
   "Ararken cihazın altındaki seri numarasını hazır bulundurun.\n\nSaygılarımızla,\nHırdavat Dünyası" % _o(15),
   [], "Reply with the manufacturer's warranty line marked as such; clean.")

_m(16, "reply", "html", "Ynt: firma bilgileri – %s" % _o(16),
   "<p>Merhaba,</p>\n<p>%s numaralı sipariş için firma bilgilerimiz aşağıdadır. Faturayı bu bilgilerle 2 iş günü içinde düzenleyebiliriz.</p>\n"
   "<p>Saygılarımla<br>\nCan Öztürk<br>\nSatış Sorumlusu</p>\n"
   "<p><small>Objektif Fotoğrafçılık San. ve Tic. Ltd. Şti.<br>\nAlsancak Mah. Kıbrıs Şehitleri Cad. No: 112/5, 35220 Konak/İzmir<br>\n"
   "Kordon V.D. – Vergi No: 6470193358<br>\nMERSİS No: 0647019335800011</small></p>" % _o(16),
   [], "Reply with a company-details footer in <small>; clean.")

_m(17, "reply", "text", "Ynt: iadem nerede? %s" % _o(17),
   "Merhaba Deniz Hanım,\n\n%s numaralı siparişinizin iade paketi (Yurtiçi Kargo takip no: 304518827764) 03.12.2026 saat 10.42'de bize ulaştı. "
   "1.149,90 TL tutarındaki iadeniz 04.12.2026 tarihinde başlatıldı; bankanıza bağlı olarak 3-5 iş günü içinde hesabınıza geçer.\n\n"
   "İade numaramız: IAD/2026/0871.\n\nSaygılarımla,\nOnur Çelik\nKeten Butik" % _o(17),
   [], "Reply with return tracking number, dates, time and amount; clean.")

# ---------------- violations (31) ----------------
_m(18, "fulfillment-question", "text", "Siparişiniz %s yola çıktı" % _o(18),
   "Merhaba,\n\n%s numaralı siparişiniz bugün Gebze'deki depomuzdan çıktı ve Aras Kargo'ya teslim edildi. 1-3 iş günü içinde elinizde olur.\n\n"
   "İyi günler,\nSporcu Market" % _o(18),
   ["BSM201"], "Shipping confirmation: left warehouse, handed to carrier.")

_m(19, "additional-information", "html", "Siparişiniz alındı – %s" % _o(19),
   "<p>Merhaba!</p>\n<p>%s numaralı siparişinizi aldık ve hazırlamaya başladık. Sabunlarımız elde paketlendiği için biraz zaman alabilir.</p>\n"
   "<p>Sevgiyle<br>\nZeytin Sabunevi Ayvalık</p>" % _o(19),
   ["BSM201"], "Order confirmation: received and being prepared.")

_m(20, "fulfillment-question", "text", "Teşekkürler! %s" % _o(20),
   "Merhaba,\n\nmağazamızdan alışveriş yaptığınız için çok teşekkür ederiz (sipariş %s). Küçük bir işletme için çok değerli!\n\nKırtasiye Köşesi" % _o(20),
   ["BSM202"], "Thanks only.")

_m(21, "fulfillment-question", "text", "Sipariş %s" % _o(21),
   "Merhaba,\n\n%s numaralı siparişinizle ilgili herhangi bir sorun olursa buradayız; bu mesajı yanıtlamanız yeterli.\n\n"
   "İyi günler dileriz,\nAkvaryum Dünyası" % _o(21),
   ["BSM202"], "Only 'we are here if anything comes up'.")

_m(22, "delivery-delay", "text", "Gecikme – %s" % _o(22),
   "Merhaba,\n\n%s numaralı siparişinizdeki ofis koltuğu birkaç gün gecikmeli, 16.12.2026'da kargoya verilecek. Özür dileriz.\n\n"
   "Saygılarımızla\nOfis Mobilya İstanbul\n\nNot: Aralık ayı boyunca tüm ürünlerimizde %%20 indirim var, Amazon mağazamıza mutlaka göz atın!" % _o(22),
   ["BSM203"], "Delay with a postscript promoting 20% off everything.")

_m(23, "review-request", "html", "Sipariş %s hakkında yorumunuz" % _o(23),
   "<p>Merhaba,</p>\n<p>%s numaralı siparişinizdeki ürün hakkında Amazon.com.tr'de bir değerlendirme yazarsanız çok seviniriz.</p>\n"
   "<p>Bizi Instagram'da takip etmeyi ve bültenimize abone olmayı unutmayın; ocakta yepyeni çini koleksiyonumuz geliyor!</p>\n"
   "<p>Sevgiler<br>\nÇini Sanat Kütahya</p>" % _o(23),
   ["BSM203"], "Review request plus follow us, newsletter, new collection.")

_m(24, "review-request", "text", "Küçük bir ricamız var – %s" % _o(24),
   "Merhaba,\n\n%s numaralı siparişinizdeki kulaklık hakkında bir yorum yazar mısınız? Yorumunuz yayınlanır yayınlanmaz teşekkür olarak "
   "size küçük bir hediye, kulaklık kılıfı gönderiyoruz.\n\nSaygılarımızla,\nSes Dünyası" % _o(24),
   ["BSM204"], "Small gift once the review is published.")

_m(25, "review-request", "text", "Yorum yaz, paranı geri al – %s" % _o(25),
   "Selam!\n\n%s numaralı siparişteki oyuncak için bir yorum yazın, yorum sitede görünür görünmez ödediğiniz tutarın tamamını iade edelim. "
   "Yorumun linkini bu mesaja yanıt olarak göndermeniz yeterli.\n\nOyuncak Adası" % _o(25),
   ["BSM204"], "Full refund as soon as the review is online.")

_m(26, "reply", "text", "Ynt: su ısıtıcı sorunu %s" % _o(26),
   "Merhaba,\n\n%s numaralı siparişinizdeki su ısıtıcının değişimiyle sorunun çözülmesine sevindik. Artık her şey yolunda olduğuna göre, "
   "verdiğiniz bir yıldızlık yorumu güncelleyebilir ya da kaldırabilir misiniz? Puanımızı çok düşürüyor.\n\nSaygılarımızla\nEv Gereçleri Plus" % _o(26),
   ["BSM205"], "Asks to update or remove a one-star review.")

_m(27, "review-request", "text", "Memnun kaldınız mı? %s" % _o(27),
   "Merhaba,\n\n%s numaralı siparişinizdeki kompresörden memnunsanız Amazon'da bir değerlendirme bırakmanızı rica ederiz. "
   "Bir sorun varsa lütfen yorum yazmak yerine önce bize yazın, hemen çözelim.\n\nSaygılarımızla\nOto Ekipman Bursa" % _o(27),
   ["BSM206"], "Review only if satisfied; unhappy buyers steered to the seller.")

_m(28, "review-request", "html", "Sipariş %s – puanınız" % _o(28),
   "<p>Merhaba,</p>\n<p>yoga matı için teşekkürler (sipariş %s). Mümkünse Amazon'da bize beş yıldız verin; küçük bir işletme için büyük destek olur.</p>\n"
   "<p>Namaste<br>\nYoga Evi Bodrum</p>" % _o(28),
   ["BSM206"], "Asks for five stars.")

_m(29, "order-problem", "text", "Siparişinizdeki bir ürün – %s" % _o(29),
   "Merhaba,\n\n%s numaralı siparişinizdeki ikinci bisiklet koltuğunu stok bittiği için gönderemiyoruz. Sipariş tutarını bu ürün için düzelttik "
   "(NoInventory), 649,00 TL iade edilecek.\n\nTek koltuk işinize yaramayacaksa en hızlısı, siparişin kalanını Amazon'dan kendiniz iptal etmeniz.\n\n"
   "İyi günler\nBisiklet Durağı" % _o(29),
   ["BSM108"], "Adjusted order problem advising the buyer to cancel.")

_m(30, "order-problem", "text", "Sipariş %s – stokta yok" % _o(30),
   "Sayın müşterimiz,\n\n%s numaralı siparişinizdeki elektrikli süpürge maalesef stoklarımızda kalmadı ve ne zaman geleceği belli değil. "
   "Sipariş için bir iptal talebi oluşturursanız çok memnun oluruz, böylece işlem daha hızlı kapanır.\n\nSaygılarımızla\nElektro Ev" % _o(30),
   ["BSM107", "BSM108"], "Asks for a cancellation request; no amount adjustment confirmed.")

_m(31, "delivery-delay", "text", "Yeni gönderim tarihi – %s" % _o(31),
   "Merhaba,\n\n%s numaralı siparişinizdeki ölçüye özel stor perde 10.12 yerine 16.12.2026'da kargoya verilecek. Gecikme için özür dileriz.\n\n"
   "Perde Dünyası\n\nBizden mesaj almak istemiyorsanız bu mesaja RET yazarak abonelikten çıkabilirsiniz." % _o(31),
   ["BSM305"], "Opt-out instruction: reply RET to unsubscribe.")

_m(32, "reply", "text", "Ynt: paketim nerede? %s" % _o(32),
   "Merhaba,\n\nkusura bakmayın, bu lanet kargo firması %s numaralı siparişinizde yine her şeyi boka çevirdi. "
   "Ne olduğunu araştırıp yarın saat 12.00'ye kadar size dönüş yapacağız.\n\nBarış\nBalıkçı Dükkanı" % _o(32),
   ["BSM306"], "Turkish profanity in a reply.")

_m(33, "delivery-delay", "text", "Bestellung %s – Verzögerung" % _o(33),
   "Hallo,\n\nIhre Bestellung %s (Kupfer-Cezve-Set) wird leider erst am 14.12.2026 versendet. "
   "Wir bitten die Verzögerung zu entschuldigen.\n\nMit freundlichen Grüßen\nAnadolu Bakır Sanat" % _o(33),
   ["BSM104"], "Message to a tr-TR buyer written in German.")

_m(34, "delivery-delay", "text", "Gecikme %s" % _o(34),
   "Merhaba,\n\n%s numaralı siparişiniz ancak 15.12.2026'da gönderime hazır olacak.\n\n"
   "Sorularınız için bizi 0212 555 12 34 numarasından ya da yurt dışından +90 532 123 45 67 numarasından arayabilirsiniz.\n\n"
   "İyi günler\nBalık Avı Malzemeleri" % _o(34),
   ["BSM309"], "Seller phone numbers, national and international formats.")

_m(35, "return-follow-up", "text", "İade – %s" % _o(35),
   "Merhaba,\n\n%s numaralı siparişin iadesini kabul edebilmemiz için hasarın fotoğrafına ihtiyacımız var. "
   "Fotoğrafı iade@mobilyaevim.com.tr adresine gönderebilirsiniz.\n\nSaygılarımızla\nMobilya Evim" % _o(35),
   ["BSM308"], "Plain e-mail address.")

_m(36, "additional-information", "text", "Eksik bilgi – %s" % _o(36),
   "Merhaba,\n\n%s numaralı siparişteki paspasların aracınıza uyması için araç modelini ve yılını öğrenmemiz gerekiyor. "
   "Bilgiyi bilgi (at) otopaspas (nokta) com adresine iletebilirsiniz.\n\nTeşekkürler\nOto Paspas Türkiye" % _o(36),
   ["BSM308"], "Obfuscated e-mail address with (at) and (nokta).")

_m(37, "delivery-delay", "html", "Gecikme – %s" % _o(37),
   "<p>Merhaba,</p>\n<p>%s numaralı siparişiniz planladığımızdan iki gün sonra kargoya verilecek. Özür dileriz!</p>\n"
   "<p>Kesme tahtalarımızın nasıl üretildiğini <a href=\"https://www.ahsapatolyesi.com.tr/hakkimizda\">Hakkımızda – Ahşap Atölyesi sayfası</a> üzerinden okuyabilirsiniz.</p>\n"
   "<p>Sevgiler<br>\nAhşap Atölyesi</p>" % _o(37),
   ["BSM302"], "Descriptive https link to the seller's own site.")

_m(38, "reply", "html", "Ynt: sipariş durumu %s" % _o(38),
   "<p>Merhaba,</p>\n<p>%s numaralı siparişinizin tüm ayrıntılarını "
   "<a href=\"http://www.amazon.com.tr/gp/your-account/order-history\">Amazon.com.tr'deki Siparişlerim sayfası</a> üzerinden görebilirsiniz.</p>\n"
   "<p>Saygılarımızla<br>\nFoto Dükkan</p>" % _o(38),
   ["BSM301"], "http link to Amazon with descriptive text.")

_m(39, "delivery-delay", "html", "Gecikme %s" % _o(39),
   "<p>Merhaba,</p>\n<p>%s numaralı siparişinizdeki kupalar 14.12.2026'da kargoya verilecek; sırın bir kez daha fırınlanması gerekiyor.</p>\n"
   "<p><img src=\"https://m.media-amazon.com/images/I/seramik-kupa-avanos-350ml.jpg\" alt=\"Seramik kupa Avanos 350 ml\" width=\"300\" height=\"300\"></p>\n"
   "<p>Sevgiler<br>\nAvanos Çömlek</p>" % _o(39),
   ["BSM310"], "Image of the purchased product.")

_m(40, "delivery-delay", "html", "Sipariş %s – küçük gecikme" % _o(40),
   "<p>Merhaba,</p>\n<p>%s numaralı siparişiniz 11.12.2026'da gönderime hazır olacak. Özür diler, iyi tatiller dileriz.</p>\n"
   "<p><img src=\"https://m.media-amazon.com/images/S/stock/yilbasi-agaci-kar.jpg\" alt=\"Karlı yılbaşı ağacı\" width=\"400\" height=\"260\"></p>\n"
   "<p>Örgü Evi</p>" % _o(40),
   ["BSM311"], "Unrelated stock image (snowy Christmas tree).")

_m(41, "return-follow-up", "html", "İade %s – soru" % _o(41),
   "<p><img src=\"https://m.media-amazon.com/images/S/brand/adimadim-ayakkabi-logo.png\" alt=\"\" width=\"120\"></p>\n"
   "<p>Merhaba,</p>\n<p>%s numaralı siparişteki ayakkabılar dışarıda giyildi mi? İadenizi değerlendirebilmek için bu bilgiye ihtiyacımız var.</p>\n"
   "<p>Saygılarımızla<br>\nAdım Adım Ayakkabı</p>" % _o(41),
   ["BSM402"], "Shop logo with empty alt.")

_m(42, "delivery-scheduling", "text", "Buzdolabı teslimatı – %s" % _o(42),
   "Merhaba!\n\n%s numaralı siparişinizdeki buzdolabı teslimata hazır 🚚 12 Aralık Cumartesi 10.00-14.00 arası size uyar mı? 🙂\n\nBeyaz Eşya Hızlı" % _o(42),
   ["BSM403"], "Emoji in text.")

_m(43, "additional-information", "text", "Yüzük ölçüsü – %s" % _o(43),
   "Merhaba,\n\n%s numaralı siparişte yüzük ölçüsü seçilmemiş; parmak çevrenizi mm olarak yazabilir misiniz? :D\n\nGümüşçü Nilay" % _o(43),
   ["BSM403"], "Emoticon :D in text.")

_m(44, "delivery-delay", "html", "Gecikme – %s" % _o(44),
   "<style>\n.baslik { font-size: 25px; }\n.alt { font-size: 18px; }\n.imza { font-size: 13px; }\n.dip { font-size: 10px; }\n</style>\n"
   "<p class=\"baslik\">Gönderim gecikmesi</p>\n<p class=\"alt\">Sipariş %s</p>\n"
   "<p>Yeni gönderim tarihi: 15.12.2026. Özür dileriz.</p>\n<p class=\"imza\">Aktar Baharat</p>\n"
   "<p class=\"dip\">Bu mesaj yalnızca yukarıdaki siparişle ilgilidir.</p>" % _o(44),
   ["BSM410"], "Four explicit font sizes in a <style> block.")

_m(45, "delivery-delay", "text", "Gecikme %s" % _o(45),
   "Merhaba,\n\n\n\n%s numaralı siparişiniz ancak 14 Aralık Pazartesi kargoya verilebilecek.\n\n\nÖzür dileriz.\n\nDöşemeci Usta" % _o(45),
   ["BSM412"], "Runs of blank lines in text.")

_m(46, "additional-information", "html", "Renk seçimi – %s" % _o(46),
   "<p>Merhaba,</p>\n<p>%s numaralı siparişinizdeki havlulara işlenecek nakış için ip rengini seçer misiniz: bej mi, gri mi?</p>\n"
   "<p>Teşekkürler<br><br><br><br>\nNakış Evi Bursa</p>" % _o(46),
   ["BSM412"], "Run of four <br> in HTML.")

_m(47, "return-follow-up", "text", "[Önemli] İade – sipariş %s" % _o(47),
   "Merhaba,\n\n%s numaralı siparişin iadesi için ürünün orijinal kutusunda gönderilip gönderilmeyeceğini öğrenmemiz gerekiyor.\n\n"
   "Saygılarımızla\nÇay Bahçesi" % _o(47),
   ["BSM110"], "[Önemli] tag on a non-critical return follow-up.")

_m(48, "reply", "html", "Ynt: sipariş %s" % _o(48),
   "<p>Merhaba,</p>\n<p>%s numaralı siparişinizle ilgili tüm bilgilere Amazon'dan ulaşabilirsiniz: "
   "<a href=\"https://www.amazon.com.tr/gp/css/order-history\">https://www.amazon.com.tr/gp/css/order-history</a></p>\n"
   "<p>Saygılarımızla<br>\nBahçe Aydınlatma</p>" % _o(48),
   ["BSM401"], "Link whose text is a bare URL.")

# ---------------- vary (2) ----------------
_m(49, "delivery-delay", "html", "Sipariş %s – gecikme" % _o(49),
   "<p><a href=\"https://www.kahvekosesi.com.tr\"><img src=\"https://m.media-amazon.com/images/S/brand/kahvekosesi-logo.png\" alt=\"Kahve Köşesi logosu\" width=\"140\"></a></p>\n"
   "<p>Merhaba,</p>\n<p>%s numaralı siparişinizdeki kahve değirmeni üreticideki gecikme yüzünden 16.12.2026'da kargoya verilecek. Özür dileriz.</p>\n"
   "<p>Saygılarımızla<br>\nKahve Köşesi</p>" % _o(49),
   ["BSM302", "BSM304"], "Shop logo linked to the seller's website.")

_m(50, "reply", "text", "Ynt: kargom gelmedi %s" % _o(50),
   "Merhaba,\n\nkargo firması %s numaralı siparişinizde yine fucking bir rezalet çıkardı, kusura bakmayın. "
   "Yarın öğlene kadar durumu öğrenip size yazacağız.\n\nKoray\nKamp Malzemeleri Antalya" % _o(50),
   ["BSM306"], "English profanity inside a Turkish reply.")
