"""Turkish (tr-TR) messages for the v22 blind evaluation set."""

MESSAGES = []


def _m(n, typ, fmt, subject, body, oid, expected, note, locale="tr-TR"):
    MESSAGES.append({
        "id": "v22-tr-%03d" % n, "language": "tr", "locale": locale, "type": typ,
        "format": fmt, "subject": subject, "body": body, "order_id": oid,
        "expected": sorted(expected), "note": note,
    })


_m(1, "delivery-delay", "text", "538-2207716-4419380 numaralı siparişinizde küçük bir gecikme",
   "Merhaba Zeynep Hanım,\n\ntedarikçimizden gelen bakır cezveler geç ulaştı, bu yüzden 538-2207716-4419380 numaralı siparişiniz ancak 10 Aralık Perşembe günü yola çıkabilecek. Tahminen hafta sonundan önce elinizde olur.\n\nGecikme için kusura bakmayın.\n\nSevgiler\nBakırcı Usta Atölyesi", "538-2207716-4419380", [],
   "Plain-text delay notice, warm small-workshop register.")
_m(2, "delivery-delay", "html", "Gönderim gecikmesi – Sipariş 538-6631809-2275514",
   "<p>Sayın Murat Bey,</p><p>sipariş ettiğiniz ceviz sehpanın (sipariş no <strong>538-6631809-2275514</strong>) son cila aşaması beklediğimizden uzun sürdü.</p><table><tr><td>İlk gönderim tarihi:</td><td>08.12.2026</td></tr><tr><td>Yeni gönderim tarihi:</td><td>15.12.2026</td></tr></table><p>Bu tarih size uymuyorsa bu mesajı yanıtlamanız yeterli.</p><p>Saygılarımızla<br>Hakan Demir<br><small>Ahşap Ev Mobilya</small></p>",
   "538-6631809-2275514", [], "Builder HTML delay with a plain table, no styling.")
_m(3, "order-problem", "text", "[Önemli] Ürün gönderilemiyor – Sipariş 538-9904127-6638821",
   "Merhaba,\n\nson kalite kontrolde 538-9904127-6638821 numaralı siparişinizdeki son kahve değirmeninin hasarlı olduğunu fark ettik; stokta başka ürün kalmadı. Sipariş tutarı düzeltildi, 1.249,00 TL birkaç iş günü içinde hesabınıza iade edilecek.\n\nÇok özür dileriz.\nKavrulmuş Kahve Evi", "538-9904127-6638821", [],
   "Order problem with amount adjusted; [Önemli] allowed on this type.")
_m(4, "additional-information", "text", "Gravür yazısı hakkında – 538-3318845-7702196",
   "Merhaba Elif Hanım,\n\n538-3318845-7702196 numaralı siparişinizdeki yüzüklere gravür yapabilmemiz için iç kısma yazılacak metni öğrenmemiz gerekiyor (en fazla 20 karakter). El yazısı mı olsun, düz harf mi?\n\nŞimdiden teşekkürler\nSeda, Gümüş Atölye Kapalıçarşı", "538-3318845-7702196", [],
   "Asks for engraving text needed to complete the order.")
_m(5, "return-follow-up", "text", "İadeniz hakkında – 538-7726390-1184457",
   "Merhaba,\n\nçizik kesme tahtasının fotoğrafları elimize ulaştı (sipariş 538-7726390-1184457). Ürünü geri göndermenize gerek kalmadan 150,00 TL kısmi iade yapabiliriz, tahta da sizde kalır. Uygunsa kısaca \"evet\" yazmanız yeterli.\n\nİyi günler\nAyşe Kaya\nZeytin Ağacı Mutfak", "538-7726390-1184457", [],
   "Return follow-up offering a partial refund.")
_m(6, "return-follow-up", "text", "Ynt: ayakkabı iadesi, sipariş 538-5540126-9931708",
   "Merhaba Burak Bey,\n\niadeyi tamamlayabilmemiz için (sipariş 538-5540126-9931708) ayakkabıların dışarıda giyilip giyilmediğini ve kargoya verdiyseniz iade gönderi numarasını öğrenebilir miyiz?\n\nSaygılarımızla\nAdım Ayakkabı", "538-5540126-9931708", [],
   "Return follow-up asking for information needed to complete it.")
_m(7, "invoice", "text", "538-1159034-4426671 numaralı siparişin faturası (ABC2026/12/0457)",
   "Merhaba,\n\n538-1159034-4426671 numaralı siparişinize ait ABC2026/12/0457 numaralı e-Arşiv faturanız ektedir. Toplam tutar KDV dahil 4.780,00 TL (KDV %20: 796,67 TL).\n\nSaygılarımızla\nMuhasebe Birimi\n\nEge Teknik Hırdavat Ltd. Şti.\nAtatürk Cad. No: 112/4, 35220 Konak/İzmir\nVergi Dairesi: Konak – Vergi No: 3250418876\nMERSİS No: 0325041887600015 – Ticaret Sicil No: 187654", "538-1159034-4426671", [],
   "Invoice with Vergi No, MERSİS, trade registry and a slashed invoice number.")
_m(8, "review-request", "text", "Sırt çantası nasıl gidiyor? 538-8867201-3359046",
   "Selam Can,\n\n538-8867201-3359046 numaralı siparişindeki sırt çantası bir haftadır sende. Vaktin olursa Amazon'da bir değerlendirme yazar mısın? Olumlu ya da olumsuz, her yorum diğer alıcılara yol gösteriyor.\n\nSağ ol!\nKaçkar Outdoor", "538-8867201-3359046", [],
   "Neutral review request, familiar register.")
_m(9, "review-request", "html", "538-0043378-6612985 numaralı siparişiniz hakkında görüşünüz",
   "<p><img src=\"https://static.cinicini.com.tr/cinicini-logo.png\" alt=\"Çini Çini logosu\" width=\"160\"></p><p>Merhaba,</p><p>çini kase setiniz (sipariş 538-0043378-6612985) birkaç gün önce size ulaştı. Alışverişiniz hakkında birkaç satır yazarsanız seviniriz; beğendikleriniz de, beğenmedikleriniz de bizim için değerli.</p><p><a href=\"https://www.amazon.com.tr/review/review-your-purchases/?asin=B0DCNK7T31\">Kase seti için Amazon.com.tr'de değerlendirme yazın</a></p><p>Sevgiler<br>Çini Çini</p>",
   "538-0043378-6612985", [], "HTML review request with logo and descriptive https Amazon link.")
_m(10, "delivery-scheduling", "text", "Koltuk teslimatı – Sipariş 538-4419962-7730158",
   "Merhaba,\n\n538-4419962-7730158 numaralı siparişinizdeki köşe koltuk yaklaşık 120 kg ve ekibimiz tarafından kurulumla birlikte teslim edilecek. Uygun zaman aralıkları:\n- 15 Aralık Salı, 09:00–13:00\n- 16 Aralık Çarşamba, 13:00–17:00\n- 18 Aralık Cuma, 09:00–13:00\n\nHangisi size uyar? Kaçıncı kat olduğunu ve asansör bulunup bulunmadığını da yazabilir misiniz?\n\nİyi çalışmalar\nKonfor Mobilya Lojistik", "538-4419962-7730158", [],
   "Scheduling delivery of a bulky sofa.")
_m(11, "home-service-appointment", "text", "Bulaşık makinesi kurulumu – 538-6605517-2248893",
   "Merhaba Gül Hanım,\n\nbulaşık makinenizin kurulumu için (sipariş 538-6605517-2248893) randevu oluşturmamız gerekiyor. Teknisyenimiz 21 Aralık Pazartesi 09:00–11:00 arası ya da 22 Aralık Salı 14:00'ten sonra gelebilir. Hangisini tercih edersiniz?\n\nSaygılarımla\nSerkan Yıldız\nServis Koordinatörü, Beyaz Eşya Kurulum Ankara", "538-6605517-2248893", [],
   "Home-service appointment with two slots.")
_m(12, "custom-design-verification", "text", "Tasarım onayı – 538-2236604-8815079",
   "Merhaba,\n\n538-2236604-8815079 numaralı siparişinizdeki \"Yılmaz Ailesi\" yazılı kapı isimliğinin tasarımı ekte. Yazımı ve yerleşimi kontrol edip onay verirseniz hemen lazer kesime geçiyoruz.\n\nKolay gelsin\nDerya\nİsimlik Atölyesi", "538-2236604-8815079", [],
   "Design proof for approval.")
_m(13, "fulfillment-question", "text", "Site giriş şifresi – Sipariş 538-7780025-3364412",
   "Merhaba,\n\n538-7780025-3364412 numaralı siparişinizdeki kitaplığı 11.12.2026 Cuma günü kendi aracımızla getireceğiz (irsaliye no: IRS/2026/0871, rota 14). Lale Sokak No: 9'daki sitenin girişi kapalı olduğu için kapı şifresini ve blok/daire numarasını iletebilir misiniz?\n\nİyi günler\nBahçe Dünyası", "538-7780025-3364412", [],
   "Door-code question with reference numbers and a date.")
_m(14, "reply", "text", "Ynt: Ürün hakkında soru – 538-9958812-0073346",
   "Merhaba,\n\nevet, 538-9958812-0073346 numaralı siparişinizdeki \"Lavender & Shea Body Lotion\" geçen yılki ürünle aynı; üretici yalnızca ambalajı yeniledi, içerik değişmedi.\n\nSevgiler\nNur, Doğal Bakım Dükkanı", "538-9958812-0073346", [],
   "Reply quoting an English product title in Turkish sentences.")
_m(15, "reply", "text", "Ynt: matkap garantisi, sipariş 538-3387740-5521169",
   "Merhaba Ahmet Bey,\n\n538-3387740-5521169 numaralı siparişinizdeki darbeli matkap 2 yıl üretici garantilidir. Onarım için en hızlı yol üreticinin garanti destek hattı (Bosch Türkiye): 0850 222 50 52, hafta içi 08:30–17:30.\n\nSaygılarımızla\nUsta Hırdavat", "538-3387740-5521169", [],
   "Manufacturer's warranty hotline, marked as such.")
_m(16, "reply", "text", "Ynt: fatura bilgileri – 538-5512283-9947730",
   "Merhaba,\n\nfirma bilgilerinizi güncelledik; 538-5512283-9947730 numaralı siparişin faturası yeni unvana kesilecek.\n\nSaygılarımızla\n\nKırtasiye Dünyası Tic. A.Ş.\nBağdat Cad. No: 245, 34728 Kadıköy/İstanbul\nVergi Dairesi: Kadıköy – Vergi No: 5730219864\nMERSİS No: 0573021986400011", "538-5512283-9947730", [],
   "Reply with a company-details footer.")
_m(17, "reply", "text", "Ynt: İadem ne durumda? 538-1126649-4408871",
   "Merhaba,\n\nkontrol ettik: 538-1126649-4408871 numaralı siparişin iadesi 03.12.2026 saat 11:42'de depomuza ulaştı (iade no: IAD-2026-1187). 389,90 TL'lik geri ödeme 04.12'de başlatıldı, en geç 11.12'ye kadar hesabınızda olur.\n\nİyi günler\nSpor Noktası", "538-1126649-4408871", [],
   "Reply with return number, dates, time and amount.")
# violations
_m(18, "fulfillment-question", "text", "Paketiniz yolda! 538-4470318-6629054",
   "Merhaba,\n\n538-4470318-6629054 numaralı siparişinizin paketi bu sabah depomuzdan çıktı ve Yurtiçi Kargo'ya teslim edildi.\n\nİyi günler\nOyuncak Kutusu", "538-4470318-6629054", ["BSM201"],
   "Shipment confirmation: left the warehouse, handed to the carrier.")
_m(19, "fulfillment-question", "text", "Sipariş 538-8823307-1195546",
   "Merhabalar,\n\n538-8823307-1195546 numaralı siparişiniz bize ulaştı, şu an hazırlanıyor ve paketleniyor.\n\nÇay Bahçesi Online", "538-8823307-1195546", ["BSM201"],
   "Order received and being prepared.")
_m(20, "reply", "text", "Teşekkürler! 538-2209174-7736620",
   "Bizi tercih ettiğiniz için çok teşekkür ederiz!\n\nSipariş 538-2209174-7736620\n\nYün Yumağı", "538-2209174-7736620", ["BSM202"],
   "Thanks only.")
_m(21, "fulfillment-question", "text", "538-6647720-3308195",
   "Merhaba,\n\n538-6647720-3308195 numaralı siparişinizle ilgili bir aksilik olursa biz buradayız.\n\nSelamlar\nBisiklet Parçaları Market", "538-6647720-3308195", ["BSM202"],
   "Only 'we are here if anything comes up'.")
_m(22, "delivery-delay", "text", "Gecikme – 538-9931056-4472218",
   "Merhaba,\n\n538-9931056-4472218 numaralı siparişiniz iki gün gecikmeyle, 9 Aralık Çarşamba günü kargoya verilecek. Kusura bakmayın.\n\nSelamlar\nGül Kozmetik\n\nNot: Ay sonuna kadar tüm ürünlerde %20 indirim var, GUL20 kodunu kullanmanız yeterli.", "538-9931056-4472218", ["BSM203"],
   "Delay notice with a P.S.-style 20% discount on everything.")
_m(23, "review-request", "text", "Mumunuz nasıl? 538-0085541-6620937",
   "Merhaba,\n\nvaktiniz olursa 538-0085541-6620937 numaralı siparişinizdeki mum hakkında Amazon'da değerlendirme yazabilirsiniz.\n\nBu arada bizi Instagram'da takip etmeyi ve bültenimize abone olmayı unutmayın; ocakta yeni kış koleksiyonumuz geliyor.\n\nFitil Mum Atölyesi", "538-0085541-6620937", ["BSM203"],
   "Follow us, newsletter, new collection.")
_m(24, "review-request", "text", "Küçük bir sürpriz – 538-5562098-1147703",
   "Merhaba,\n\n538-5562098-1147703 numaralı siparişiniz için yorum yazarsanız çok seviniriz. Yorumunuz yayınlanınca teşekkür olarak size ufak bir hediye göndereceğiz.\n\nSelamlar\nÇaycı Hüseyin", "538-5562098-1147703", ["BSM204"],
   "Small gift once the review is published.")
_m(25, "review-request", "text", "538-7718836-2259940",
   "Merhaba,\n\nkulaklık için (sipariş 538-7718836-2259940) bir değerlendirme yazın, yayına girdiği anda ödediğiniz tutarın tamamını iade edelim.\n\nSaygılar\nSes Dünyası", "538-7718836-2259940", ["BSM204"],
   "Full refund once the review is online.")
_m(26, "reply", "text", "Ynt: şikayet, sipariş 538-3304417-8860152",
   "Merhaba,\n\nyeni şarj adaptörünüzü yarın kargoya vereceğiz (sipariş 538-3304417-8860152). Sorun çözüldüğüne göre tek yıldızlı yorumunuzu güncelleme ya da kaldırma imkânınız olur mu? Bizim için çok önemli.\n\nSaygılarımızla\nElektronik Depo", "538-3304417-8860152", ["BSM205"],
   "Asks to update or remove a one-star review.")
_m(27, "review-request", "text", "Memnun kaldınız mı? 538-1198823-5574406",
   "Merhaba,\n\nnevresim takımından (sipariş 538-1198823-5574406) memnun kaldıysanız Amazon'da yorum bırakabilirsiniz. Bir sorun varsa lütfen yorum yazmak yerine önce bize ulaşın.\n\nPamuk Ev Tekstili", "538-1198823-5574406", ["BSM206"],
   "Review only if satisfied; unhappy buyers steered to the seller.")
_m(28, "review-request", "text", "Ufak bir ricamız var – 538-4426650-9913381",
   "Merhaba!\n\nKüçük bir aile işletmesiyiz; 538-4426650-9913381 numaralı siparişiniz için bize 5 yıldız verirseniz çok mutlu oluruz.\n\nMerve, Hobi Köşesi", "538-4426650-9913381", ["BSM206"],
   "Asks for five stars.")
_m(29, "order-problem", "text", "Termos bardak tükendi – Sipariş 538-6673319-0048825",
   "Merhaba,\n\n538-6673319-0048825 numaralı siparişinizdeki termos bardak maalesef stokta kalmadı, sipariş tutarını 249,00 TL düşürerek düzelttik. Sadece termos işinizi görmeyecekse en pratiği, siparişin kalanını hesabınızdan kendiniz iptal etmeniz.\n\nSelamlar\nKamp Malzemeleri", "538-6673319-0048825", ["BSM108"],
   "Amount adjusted but buyer advised to cancel because stock ran out.")
_m(30, "order-problem", "text", "Sipariş 538-2247709-6615530",
   "Merhaba,\n\nüretici bu su ısıtıcının gönderimini durdurdu ve stoğumuzda hiç kalmadı. 538-2247709-6615530 numaralı sipariş için iptal talebinde bulunursanız çok memnun oluruz.\n\nKusura bakmayın\nMutfak Evi", "538-2247709-6615530", ["BSM107", "BSM108"],
   "Asks for a cancellation request with no adjustment.")
_m(31, "delivery-delay", "text", "Yeni gönderim günü – 538-9987713-4406629",
   "Merhaba,\n\n538-9987713-4406629 numaralı siparişiniz salı yerine 11 Aralık Cuma günü gönderilecek.\n\nSelamlar\nAkvaryum Dünyası\n\nBizden mesaj almak istemiyorsanız RET yazıp yanıtlayın.", "538-9987713-4406629", ["BSM305"],
   "Opt-out instruction (reply RET).")
_m(32, "reply", "text", "Ynt: paketim nerede 538-5578024-1130987",
   "Merhaba,\n\nbu kargo şirketi paketimizi üçüncü kez kaybetti, ağzına sıçtıkları işi bile düzgün yapamıyorlar. 538-5578024-1130987 numaralı siparişinizi yarın sabah başka bir firmayla yeniden gönderiyoruz.\n\nVolkan, Moto Yedek Parça", "538-5578024-1130987", ["BSM306"],
   "Turkish profanity in a reply.")
_m(33, "delivery-delay", "text", "Delay on order 538-3365590-7729104",
   "Hello,\n\nunfortunately your order 538-3365590-7729104 is running three days late. We will ship it on 12 December.\n\nKind regards\nAnatolia Prints", "538-3365590-7729104", ["BSM104"],
   "Message to a Turkish buyer written entirely in English.")
_m(34, "fulfillment-question", "text", "Teslimat – 538-7706643-2281158",
   "Merhaba,\n\n538-7706643-2281158 numaralı siparişin teslimatıyla ilgili bir şey olursa direkt beni arayın: 0532 418 27 65, akşam 6'ya kadar açığım.\n\nOnur, Pedal Bisiklet", "538-7706643-2281158", ["BSM309"],
   "Seller's mobile number, national format.")
_m(35, "reply", "text", "Ynt: sipariş 538-1143392-6650071",
   "Merhaba,\n\n538-1143392-6650071 numaralı siparişinizle ilgili başka sorunuz olursa müşteri hizmetlerimize +90 212 345 67 89 numarasından ulaşabilirsiniz.\n\nSaygılarımızla\nValiz Dünyası", "538-1143392-6650071", ["BSM309"],
   "Shop phone number, international format.")
_m(36, "reply", "text", "Ynt: iade, 538-8829915-3374460",
   "Merhaba,\n\nhasarın fotoğraflarını (sipariş 538-8829915-3374460) destek@evdekorpazari.com.tr adresine gönderirseniz işlem daha hızlı ilerler.\n\nEv Dekor Pazarı", "538-8829915-3374460", ["BSM308"],
   "Plain e-mail address.")
_m(37, "additional-information", "text", "Ölçü bilgisi – 538-4450067-9918823",
   "Merhaba,\n\n538-4450067-9918823 numaralı sipariş için pencere ölçülerine ihtiyacımız var. En kolayı: siparis et işareti perdeatolyesi nokta com adresine yazmanız.\n\nSelamlar\nPerde Atölyesi", "538-4450067-9918823", ["BSM308"],
   "Obfuscated e-mail address with 'et işareti' and 'nokta'.")
_m(38, "reply", "html", "Ynt: mont bedeni, 538-6692240-1107785",
   "<p>Merhaba,</p><p>538-6692240-1107785 numaralı siparişinizdeki mont için <a href=\"https://www.gunlukmoda.com.tr/beden-tablosu\">Günlük Moda beden tablosuna</a> göz atmanızı öneririz.</p><p>Selamlar<br>Günlük Moda</p>",
   "538-6692240-1107785", ["BSM302"], "https link to the seller's own site.")
_m(39, "reply", "html", "Ynt: kurulum kılavuzu, 538-0019958-4436627",
   "<p>Merhaba,</p><p>kurulum kılavuzu ürün sayfasında: <a href=\"http://www.amazon.com.tr/dp/B0DTVA82KL\">duvar askı aparatının Amazon.com.tr sayfası</a> (sipariş 538-0019958-4436627).</p><p>Selamlar<br>TV Aparat Market</p>",
   "538-0019958-4436627", ["BSM301"], "Insecure http link to Amazon.")
_m(40, "reply", "html", "Ynt: renk, 538-5527731-8864409",
   "<p>Merhaba,</p><p>538-5527731-8864409 numaralı siparişinizdeki elbisenin zümrüt yeşili hali böyle görünüyor:</p><p><img src=\"https://cdn.elbisebutik.com.tr/img/midi-elbise-zumrut.jpg\" alt=\"Zümrüt yeşili midi elbise\" width=\"300\"></p><p>Selamlar<br>Elbise Butik</p>",
   "538-5527731-8864409", ["BSM310"], "Photo of the purchased dress.")
_m(41, "delivery-delay", "html", "Yılbaşı yoğunluğu – 538-3348806-2219974",
   "<p><img src=\"https://cdn.hediyelikdukkan.com.tr/img/yilbasi-agaci.jpg\" alt=\"Süslü yılbaşı ağacı\" width=\"300\"></p><p>Merhaba,</p><p>yılbaşı yoğunluğu nedeniyle 538-3348806-2219974 numaralı siparişiniz 14 Aralık'ta kargoya verilecek.</p><p>Selamlar<br>Hediyelik Dükkan</p>",
   "538-3348806-2219974", ["BSM311"], "Stock New Year tree image unrelated to the shop.")
_m(42, "delivery-delay", "html", "Gecikme – 538-9960031-5543718",
   "<p><img src=\"https://cdn.cerceveci.com.tr/cerceveci-logo.png\" alt=\"\" width=\"150\"></p><p>Merhaba,</p><p>538-9960031-5543718 numaralı siparişinizdeki çerçeveler planladığımızdan iki gün sonra, 15 Aralık'ta gönderilecek.</p><p>Selamlar<br>Çerçeveci</p>",
   "538-9960031-5543718", ["BSM402"], "Shop logo with empty alt.")
_m(43, "review-request", "text", "Bal nasıl? 538-2271184-0096652",
   "Merhaba!\n\n538-2271184-0096652 numaralı siparişinizdeki çiçek balını umarız beğenmişsinizdir 🙏 Vaktiniz olursa Amazon'da değerlendirme bırakabilirsiniz.\n\nKaradeniz Arıcılık", "538-2271184-0096652", ["BSM403"],
   "Emoji.")
_m(44, "reply", "text", "Ynt: 538-6618872-3325590",
   "Merhaba,\n\nmerak etmeyin, 538-6618872-3325590 numaralı siparişteki prizin değişimi ayarlandı, yenisi pazartesi yola çıkıyor :D\n\nElektrikçi Market", "538-6618872-3325590", ["BSM403"],
   "Text emoticon :D.")
_m(45, "delivery-delay", "html", "Gecikme – 538-1175530-7742206",
   "<style>h1{font-size:27px}h2{font-size:20px}p{font-size:14px}.altbilgi{font-size:11px}</style><h1>Planlarda küçük değişiklik</h1><h2>Sipariş 538-1175530-7742206</h2><p>Kırlent kumaşı tedarikçiden geç geliyor, siparişinizi 17 Aralık'ta göndereceğiz.</p><p class=\"altbilgi\">Kırlent Atölyesi</p>",
   "538-1175530-7742206", ["BSM410"], "Four font sizes in a style block.")
_m(46, "delivery-delay", "html", "Gönderim günü değişti – 538-4408897-6613352",
   "<p>Merhaba,</p><p>538-4408897-6613352 numaralı siparişiniz 10 Aralık Perşembe günü gönderilecek.</p><p></p><p></p><p>Selamlar<br>Olta Dükkanı</p>",
   "538-4408897-6613352", ["BSM412"], "Empty paragraphs between paragraphs.")
_m(47, "return-follow-up", "text", "[Önemli] İadeniz – 538-7753318-2204469",
   "Merhaba,\n\n538-7753318-2204469 numaralı siparişin iadesini tamamlamak için ürünün orijinal kutusunda olup olmadığını öğrenebilir miyiz?\n\nSelamlar\nKitap Kurdu Sahaf", "538-7753318-2204469", ["BSM110"],
   "[Önemli] on a return follow-up.")
_m(48, "reply", "html", "Ynt: kullanım kılavuzu, 538-8847126-1198830",
   "<p>Merhaba,</p><p>538-8847126-1198830 numaralı siparişinizdeki robot süpürgenin kılavuzu: <a href=\"https://www.amazon.com.tr/dp/B0CRBT55TQ\">https://www.amazon.com.tr/dp/B0CRBT55TQ</a></p><p>Selamlar<br>Akıllı Ev</p>",
   "538-8847126-1198830", ["BSM401"], "Bare URL as link text.")
# varying
_m(49, "delivery-delay", "text", "Gecikme: 538-0052287-9937714",
   "Merhaba,\n\nkargo firması bu hafta yine fucking aksattı; 538-0052287-9937714 numaralı siparişinizi ancak perşembe günü teslim alabileceklermiş. Kusura bakmayın; tahminen cumartesi elinizde olur.\n\nSelamlar\nTaş Fırın Gurme", "538-0052287-9937714", ["BSM306"],
   "English profanity inside a Turkish message.")
_m(50, "review-request", "html", "538-3391164-5570028 numaralı siparişiniz için görüşünüz",
   "<p><a href=\"https://www.anadoluseramik.com.tr\"><img src=\"https://static.anadoluseramik.com.tr/logo.png\" alt=\"Anadolu Seramik logosu\" width=\"160\"></a></p><p>Merhaba,</p><p>538-3391164-5570028 numaralı siparişiniz hakkında Amazon'da değerlendirme yazarsanız seviniriz, olumlu ya da olumsuz.</p><p>Selamlar<br>Anadolu Seramik</p>",
   "538-3391164-5570028", ["BSM302", "BSM304"], "Shop logo linked to the shop's website.")
