# -*- coding: utf-8 -*-
"""Blind evaluation set v3, Turkish (tr-TR), 50 messages."""

LANG, LOCALE, PREFIX = "tr", "tr-TR", "171"


def _order(n):
    return "%s-%07d-%07d" % (PREFIX, (4402917 + n * 6007) % 10**7, (5510263 + n * 77773) % 10**7)


MESSAGES = []


def m(n, typ, fmt, subject, body, expected, note):
    o = _order(n)
    subject = subject.replace("%O%", o).replace("%N%", o.replace("-", ""))
    body = body.replace("%O%", o).replace("%N%", o.replace("-", ""))
    MESSAGES.append({
        "id": "v3-%s-%03d" % (LANG, n), "language": LANG, "locale": LOCALE, "type": typ,
        "format": fmt, "subject": subject, "body": body, "order_id": o,
        "expected": sorted(expected), "note": note,
    })


# ---------------------------------------------------------------- clean (1-17)
m(1, "delivery-delay", "text", "Siparişinizde gecikme – %O%",
  "Merhaba Ayşe Hanım,\n\n"
  "%O% numaralı siparişinizdeki el dokuması pamuk peştemal, atölyemize beklediğimizden geç ulaşacak. "
  "Kargoya en geç 17 Aralık 2026 Perşembe günü vermeyi planlıyoruz; hafta sonundan önce elinizde olması gerekir.\n\n"
  "Gecikme için özür dileriz. Beklemek istemezseniz Amazon mesajları üzerinden bize yazmanız yeterli.\n\n"
  "Sevgiler\nZeynep Arslan\nBuldan Dokuma",
  [], "Plain-text delay with a new dispatch date; clean.")

m(2, "delivery-delay", "html", "Gönderim tarihinde değişiklik – %O%",
  "<p>Sayın Mehmet Bey,</p>"
  "<p>%O% numaralı siparişinizdeki <b>Duvara Monte Bisiklet Askısı, elektrostatik boyalı çelik</b> ürünü henüz üreticiden depomuza ulaşmadı.</p>"
  "<table><tr><td>İlk gönderim tarihi:</td><td>09.12.2026</td></tr>"
  "<tr><td>Yeni gönderim tarihi:</td><td>21.12.2026</td></tr></table>"
  "<p>Yaşanan gecikme için özür dileriz. Yeni bir değişiklik olursa sizi hemen bilgilendireceğiz.</p>"
  "<p>Saygılarımızla<br>Müşteri Hizmetleri<br>Pedal Spor Ltd. Şti.</p>",
  [], "Builder HTML delay with a plain table of dates; clean.")

m(3, "order-problem", "text", "[Önemli] %O% numaralı siparişinizle ilgili sorun",
  "Merhaba,\n\n"
  "Üzülerek bildiririz ki %O% numaralı siparişinizi gönderemiyoruz: elimizdeki son çaydanlık kalite kontrolde hasarlı çıktı "
  "ve üretici yıl sonuna kadar yeni parti göndermeyecek.\n\n"
  "Sipariş tutarının tamamı (849,90 TL) Seller Central üzerinden \"NoInventory\" gerekçesiyle düzeltildi. "
  "İade, bankanıza bağlı olarak birkaç iş günü içinde hesabınıza yansıyacaktır.\n\n"
  "Yaşattığımız aksaklık için kusura bakmayın.\nMutfak Sepeti Ekibi",
  [], "Order problem confirming full adjustment (NoInventory) with [Önemli] in the subject; clean.")

m(4, "additional-information", "text", "Gravür metni hakkında – %O%",
  "Merhaba Elif Hanım,\n\n"
  "%O% numaralı siparişinizdeki gravürlü ceviz kesme tahtasını hazırlamaya başlayacağız, ancak kişiselleştirme alanı boş gelmiş; "
  "form büyük ihtimalle kaydedilmemiş.\n\n"
  "Tahtaya hangi yazıyı yazmamızı istersiniz (en fazla 25 karakter) ve el yazısı mı yoksa büyük harf mi olsun? "
  "Bu bilgi olmadan siparişinizi tamamlayamıyoruz.\n\n"
  "Teşekkürler, iyi günler\nBurak Yıldız\nYıldız Ahşap Atölyesi",
  [], "Request for engraving text needed to complete the order; clean.")

m(5, "return-follow-up", "text", "İade talebiniz – kısmi iade önerisi, %O%",
  "Merhaba Emre Bey,\n\n"
  "%O% numaralı siparişteki softshell mont için cebin dikişi söküldüğü gerekçesiyle iade talebinizi aldık. "
  "Montu geri göndermek yerine elinizde tutmak isterseniz size 450,00 TL kısmi iade yapabiliriz.\n\n"
  "Bu öneri uygunsa kısaca yanıt vermeniz yeterli, iadeyi hemen başlatırız. Uygun değilse normal iade süreci elbette geçerli.\n\n"
  "İyi günler\nDoğa Rota – İade Birimi",
  [], "Return follow-up offering a partial refund; clean.")

m(6, "return-follow-up", "text", "İadenizle ilgili bir soru – %O%",
  "Merhaba,\n\n"
  "%O% numaralı siparişe ait iade kolisinde, iade talebinde belirtilen iki masa lambasından yalnızca biri vardı. "
  "İkinci lambayı ayrı bir koliyle mi gönderdiniz? Öyleyse gönderi takip numarasını paylaşır mısınız? "
  "Böylece iadenin tamamını sonuçlandırabiliriz.\n\n"
  "Saygılarımla\nCansu Aydın\nIşıkevi",
  [], "Return follow-up asking for information needed to complete the return; clean.")

m(7, "invoice", "text", "%O% numaralı siparişinizin faturası",
  "Merhaba,\n\n"
  "%O% numaralı siparişinize ait FTR/2026/12/0457 numaralı e-arşiv faturanız ektedir.\n\n"
  "Satıcı: Kırtasiye Dünyası Ticaret Ltd. Şti.\n"
  "Caferağa Mah. Moda Cad. No: 45/3, 34710 Kadıköy/İstanbul\n"
  "Vergi Dairesi: Kadıköy, Vergi No: 5470912836\n"
  "MERSİS No: 0547091283600017, Ticaret Sicil No: 873421-5\n\n"
  "Toplam tutar: 1.180,00 TL (KDV %20 dahil: 196,67 TL).\n\n"
  "İyi çalışmalar\nMuhasebe Birimi",
  [], "Invoice with Vergi No, MERSİS and slashed invoice number; none is a phone number; clean.")

m(8, "review-request", "text", "Siparişiniz hakkındaki görüşünüz – %O%",
  "Merhaba,\n\n"
  "Sulu boya fırça setiniz (%O%) birkaç gündür sizde. Vaktiniz olursa Amazon'da ürün hakkında bir değerlendirme yazmanızdan memnuniyet duyarız; "
  "olumlu ya da eleştirel, her görüş bize ve diğer alıcılara yol gösteriyor.\n\n"
  "Sevgiyle\nDeniz Kaya, Renk Atölyesi",
  [], "Neutral review request welcoming any opinion; clean.")

m(9, "review-request", "html", "Ürününüzden memnun musunuz? Sipariş %O%",
  "<p><img src=\"https://m.media-amazon.com/images/S/sellers/kahve-kosesi-logo.png\" alt=\"Kahve Köşesi logosu\" width=\"180\" height=\"60\"></p>"
  "<p>Merhaba Kerem Bey,</p>"
  "<p>%O% numaralı siparişinizdeki Türk kahvesi makinesini kullanmaya başladığınızı umuyoruz. "
  "Ürün hakkındaki dürüst görüşünüzü, iyi ya da kötü, duymak isteriz.</p>"
  "<p><a href=\"https://www.amazon.com.tr/review/create-review?asin=B0CRM4T7XZ\">Amazon.com.tr'de kahve makinesini değerlendirin</a></p>"
  "<p>Saygılarımızla<br>Kahve Köşesi</p>",
  [], "HTML review request with shop logo (alt names shop) and descriptive https Amazon link; clean.")

m(10, "delivery-scheduling", "text", "Gardırop teslimatı için randevu – %O%",
  "Merhaba Selin Hanım,\n\n"
  "%O% numaralı siparişinizdeki sürgülü gardırop 118 kg ağırlığında ve anlaşmalı nakliye firmamız tarafından daireye kadar taşınarak teslim edilecek. "
  "Size uygun zaman dilimini seçer misiniz?\n\n"
  "- 15 Aralık 2026 Salı, 08:00–12:00\n"
  "- 16 Aralık 2026 Çarşamba, 12:00–16:00\n"
  "- 18 Aralık 2026 Cuma, 16:00–20:00\n\n"
  "Ayrıca dairenizin kaçıncı katta olduğunu ve binada asansör bulunup bulunmadığını yazarsanız seviniriz.\n\n"
  "İyi günler\nOsman Çelik\nÇelik Mobilya",
  [], "Scheduling delivery of a heavy wardrobe with dates and time slots; clean.")

m(11, "home-service-appointment", "text", "Bulaşık makinesi kurulum randevusu – %O%",
  "Merhaba Hakan Bey,\n\n"
  "%O% numaralı siparişinizle birlikte bulaşık makinesi kurulum hizmeti satın aldınız. Teknisyenimiz Serkan Bey şu saatlerde gelebilir:\n\n"
  "14.12.2026 Pazartesi, 09:00–11:00 arası\n"
  "17.12.2026 Perşembe, 14:00–16:00 arası\n\n"
  "Hangisi size uyar? Kurulum genellikle bir buçuk saat sürüyor; lütfen evyenin altındaki su vanasına erişim olsun.\n\n"
  "Saygılarımızla\nBeyaz Eşya Servis Noktası",
  [], "Home-service appointment with two dates and time windows; clean.")

m(12, "custom-design-verification", "html", "Tasarım onayınız gerekiyor – %O%",
  "<p>Merhaba Gizem Hanım,</p>"
  "<p>Baskılı kupanızın tasarım taslağını ekte gönderiyoruz (tasarim_%O%.pdf). Kupanın üzerinde "
  "<i>\"Dünyanın En İyi Anneannesi\"</i> yazısı ve altında 24.12.2026 tarihi yer alıyor.</p>"
  "<p>Lütfen yazımı ve yerleşimi kontrol edin. Her şey doğruysa \"onaylıyorum\" diye yanıt vermeniz yeterli; onayınızın ardından kupa baskıya girecek.</p>"
  "<p>Sevgiler<br>Ece, Baskı Evi</p>",
  [], "Design proof attachment for approval; clean.")

m(13, "fulfillment-question", "text", "Site giriş şifresi – %O%",
  "Merhaba,\n\n"
  "%O% numaralı siparişiniz kurye ile kapınıza teslim edilecek; ancak Papatya Sokak No: 7'deki sitenin giriş kapısı şifreli. "
  "Kuryenin içeri girebilmesi için kapı veya diyafon şifresini bizimle paylaşabilir misiniz? Taşıyıcı referans no: REF-2026/12/66120, siparişteki blok/daire: C Blok, Daire 14.\n\n"
  "Şifreyi yalnızca taşıyıcı firmaya ileteceğiz.\n\n"
  "Teşekkürler\nBahçe Market Ekibi",
  [], "Door-code question with reference numbers that are not phone numbers; clean.")

m(14, "reply", "text", "Ynt: Model hakkında soru – %O%",
  "Merhaba Nur Hanım,\n\n"
  "Sipariş ettiğiniz ürün tam olarak \"Ergonomic Office Chair Pro X2\" modeli; bu, üreticinin İngilizce ürün adı ve Türkiye'de de aynı adla satılıyor. "
  "X1 modelinden farkı ayarlanabilir bel desteği ve daha yüksek sırtlığı.\n\n"
  "Yani %O% numaralı siparişiniz sorduğunuz modelle aynı.\n\n"
  "İyi günler\nCan, Ofis Dünyası",
  [], "Reply quoting an English product title inside Turkish sentences; clean.")

m(15, "reply", "text", "Ynt: Kahve makinesi su ısıtmıyor – %O%",
  "Merhaba Serdar Bey,\n\n"
  "%O% numaralı siparişinizdeki kahve makinesinin suyu ısıtmamasına üzüldük. Ürün 2 yıl üretici garantisi kapsamında "
  "ve garanti onarımlarını doğrudan markanın yetkili servisi yapıyor.\n\n"
  "Üreticinin garanti hattı (Kahvemix Türkiye yetkili servis): 0850 455 72 18, hafta içi 09:00–18:00.\n\n"
  "Servis başvurunuzu herhangi bir nedenle kabul etmezse bize buradan tekrar yazabilirsiniz.\n\n"
  "Saygılarımla\nHülya Demir\nAroma Mağaza",
  [], "Reply with the manufacturer's warranty line marked as such (BSM309 exception); clean.")

m(16, "reply", "text", "Ynt: Satıcı bilgileri – %O%",
  "Merhaba,\n\n"
  "%O% numaralı siparişin satıcısı Amazon değil, firmamızdır. İade ve şikâyetleri, Amazon'daki satıcı sayfamızda yer alan koşullara göre kendimiz sonuçlandırıyoruz.\n\n"
  "İyi günler dileriz\nGökkuşağı Oyuncak\n\n"
  "--\nGökkuşağı Oyuncak San. ve Tic. A.Ş., Atatürk Bulvarı No: 112/4, 06420 Çankaya/Ankara\n"
  "Vergi Dairesi: Kavaklıdere, Vergi No: 3920184756 | MERSİS No: 0392018475600011",
  [], "Reply with a company-details footer (tax office, Vergi No, MERSİS, address); clean.")

m(17, "reply", "text", "Ynt: İade durumu – %O%",
  "Merhaba Derya Hanım,\n\n"
  "%O% numaralı siparişe ait iade kolisi (iade gönderi takip no: 731045829916) 11 Aralık Cuma günü saat 13:40'ta depomuza ulaştı. "
  "649,90 TL tutarındaki geri ödeme 14 Aralık Pazartesi günü başlatıldı; iade numarası RMA-2026-0517. "
  "Tutar genellikle 3–5 iş günü içinde hesabınıza geçer.\n\n"
  "Saygılarımla\nOğuz Şahin\nSporLab",
  [], "Reply with return tracking and RMA numbers, dates, times and amounts; clean.")

# ---------------------------------------------------------------- violations (18-48)
m(18, "fulfillment-question", "text", "Paketiniz yola çıktı – %O%",
  "Merhaba!\n\n"
  "Güzel haber: %O% numaralı siparişinizin paketi bu sabah İzmir'deki depomuzdan çıktı ve kargo firmasına teslim edildi. "
  "1–2 iş günü içinde elinizde olur.\n\n"
  "Sevgiler\nYeşil Ev",
  ["BSM201"], "Shipment confirmation: left the warehouse and handed to the carrier.")

m(19, "additional-information", "html", "Siparişiniz alındı – %O%",
  "<p>Merhaba Tolga Bey,</p>"
  "<p>%O% numaralı siparişinizi aldık ve şu anda hazırlıyoruz. Eksik bir şey olursa size haber veririz.</p>"
  "<p>Saygılarımızla<br>Vida Toptan</p>",
  ["BSM201"], "Order confirmation: order received and being prepared.")

m(20, "reply", "text", "Çok teşekkürler! – %O%",
  "Merhaba,\n\nMağazamızdan alışveriş yaptığınız için çok teşekkür ederiz (sipariş %O%)!\n\nYaprak Çay Evi",
  ["BSM202"], "Thanks only, nothing else besides the order number.")

m(21, "fulfillment-question", "text", "Her zaman buradayız – %O%",
  "Merhaba Sevgi Hanım,\n\n"
  "%O% numaralı siparişinizle ilgili ters giden bir şey olursa çekinmeden yazın, memnuniyetle yardımcı oluruz.\n\n"
  "Sevgiler\nPamuk Nevresim",
  ["BSM202"], "Only the offer to help if a problem comes up.")

m(22, "delivery-delay", "text", "Gönderimde küçük gecikme – %O%",
  "Merhaba,\n\n"
  "Kusura bakmayın, %O% numaralı siparişinizdeki bambu havlu, kumaş tedarikindeki gecikme nedeniyle ancak 22.12.2026'da gönderime hazır olacak.\n\n"
  "İyi günler\nBambu Tekstil\n\n"
  "Not: Ay sonuna kadar mağazamızdaki tüm ürünlerde %20 indirim var, göz atmayı unutmayın!",
  ["BSM203"], "Permitted delay with a P.S. promoting 20% off the whole range.")

m(23, "review-request", "text", "Görüşünüz bizim için değerli – %O%",
  "Merhaba!\n\n"
  "Soya mumumuzu tercih ettiğiniz için teşekkürler (sipariş %O%). Amazon'da bir değerlendirme bırakırsanız çok seviniriz.\n\n"
  "Kokuları bizim kadar seviyorsanız bizi Instagram'da takip edin ve bültenimize abone olun; ocak ayında yepyeni kış koleksiyonumuz geliyor.\n\n"
  "Sevgiyle\nFitil & Mum",
  ["BSM203"], "Review request with follow us, newsletter and new collection.")

m(24, "review-request", "text", "Küçük bir hediyemiz var – %O%",
  "Merhaba,\n\n"
  "%O% numaralı siparişinizdeki masa düzenleyicinin işinize yaradığını umuyoruz. Değerlendirmeniz Amazon'da yayınlandığında "
  "teşekkür olarak size küçük bir hediye, ahşap kitap ayracı setimizi göndereceğiz.\n\n"
  "Saygılarımızla\nAhşap Sanat",
  ["BSM204"], "Small token of appreciation once the review is published.")

m(25, "review-request", "html", "Yorumunuza karşılık tam iade – %O%",
  "<p>Merhaba,</p>"
  "<p>Size bir teklifimiz var: %O% numaralı siparişinizdeki ürünle ilgili yorumunuz yayına girer girmez ödediğiniz tutarın tamamını iade ediyoruz. "
  "Yorum göründüğünde bağlantısını yanıt olarak göndermeniz yeterli.</p>"
  "<p>Saygılarımızla<br>Tekno Köşe</p>",
  ["BSM204"], "Full refund as soon as the review is online.")

m(26, "reply", "text", "Ynt: Kulaklık şikâyeti – %O%",
  "Merhaba Murat Bey,\n\n"
  "Yazılım güncellemesinden sonra %O% numaralı siparişinizdeki kulaklığın telefonunuza yeniden sorunsuz bağlandığına sevindik.\n\n"
  "Sorun çözüldüğüne göre tek yıldızlı değerlendirmenizi güncellemeniz ya da tamamen kaldırmanız mümkün olur mu? "
  "Küçük bir mağaza için gerçekten çok şey ifade ediyor.\n\n"
  "Saygılarımla\nSes Dükkanı",
  ["BSM205"], "Asks the buyer to update or remove a one-star review.")

m(27, "review-request", "text", "Memnun kaldınız mı? – %O%",
  "Merhaba,\n\n"
  "%O% numaralı siparişinizdeki makyaj çantasından memnun kaldıysanız Amazon'da bir değerlendirme yazmanızı rica ederiz. "
  "Beğenmediğiniz bir şey olduysa lütfen değerlendirme yazmak yerine önce bize ulaşın, mutlaka bir çözüm buluruz.\n\n"
  "Sevgiler\nDikiş Atölyesi Nakış",
  ["BSM206"], "Review only if satisfied; unhappy buyers steered to the seller instead.")

m(28, "review-request", "text", "Beş yıldız verir misiniz? – %O%",
  "Merhaba Ali Bey,\n\n"
  "%O% numaralı siparişiniz için teşekkür ederiz. Termosumuza Amazon'da beş yıldız verirseniz çok mutlu oluruz; bizim için en büyük motivasyon bu.\n\n"
  "Termo Ekibi",
  ["BSM206"], "Asks for a five-star rating.")

m(29, "delivery-delay", "text", "Stok sorunu – %O%",
  "Merhaba,\n\n"
  "Özür dileriz, %O% numaralı siparişinizdeki solar bahçe lambası stoklarımızda geçici olarak tükendi ve yeni parti ancak 4–5 hafta sonra gelecek.\n\n"
  "En hızlı çözüm, siparişi Amazon hesabınızdan kendinizin iptal etmesi; böylece paranız hemen iade edilir.\n\n"
  "İyi günler\nGüneş Bahçe",
  ["BSM108"], "Out of stock: advises the buyer that cancelling himself is quickest.")

m(30, "order-problem", "text", "%O% – ürün stokta kalmadı",
  "Merhaba,\n\n"
  "Maalesef %O% numaralı siparişinizdeki lokma anahtar takımı, paketlemeye fırsat bulamadan tükendi.\n\n"
  "Amazon üzerinden bir iptal talebi oluşturabilirseniz çok memnun oluruz.\n\n"
  "Anlayışınız için teşekkürler\nUsta Hırdavat",
  ["BSM107", "BSM108"], "Order problem asking for a cancellation request without confirming an adjustment.")

m(31, "review-request", "text", "Değerlendirmenizi bekliyoruz – %O%",
  "Merhaba,\n\n"
  "%O% numaralı siparişinizdeki sırt çantası nasıl? Amazon'da ürün hakkında bir değerlendirme bırakırsanız seviniriz.\n\n"
  "Bizden ileti almak istemiyorsanız bu mesaja RET yazarak yanıt vermeniz yeterli, listemizden çıkarırız.\n\n"
  "Saygılarımızla\nÇanta Dükkanı",
  ["BSM305"], "Review request with a 'reply RET' opt-out instruction.")

m(32, "reply", "text", "Ynt: Kargom nerede? %O%",
  "Merhaba,\n\n"
  "Sinirlenmenizi anlıyorum. Bu siktiğimin nakliye firması yine her şeyi batırdı, bok gibi hizmet veriyorlar. "
  "%O% numaralı siparişinizi araştırıyorum, en geç yarın saat 12:00'ye kadar dönüş yapacağım.\n\n"
  "Volkan\nOto Parça Merkezi",
  ["BSM306"], "Reply with Turkish profanity.")

m(33, "delivery-delay", "text", "Lieferverzögerung – Bestellung %O%",
  "Guten Tag,\n\n"
  "leider verzögert sich der Versand Ihrer Bestellung %O% um etwa eine Woche, da unser Lieferant in Verzug ist. "
  "Neuer Versandtermin: 18.12.2026.\n\n"
  "Wir bitten um Ihr Verständnis.\nIhr Team von Anatolia Keramik",
  ["BSM104"], "Message to a tr-TR buyer written entirely in German.")

m(34, "reply", "text", "Ynt: Yorgan ölçüsü – %O%",
  "Merhaba,\n\n"
  "%O% numaralı siparişinizdeki yorgan 195 × 215 cm ölçüsünde. Başka sorunuz olursa bize en hızlı telefonla ulaşabilirsiniz: "
  "0212 347 58 21 (hafta içi 09:00–17:00).\n\n"
  "İyi günler\nUyku Tekstil",
  ["BSM309"], "Reply with the seller's own phone number in national format.")

m(35, "delivery-scheduling", "text", "Koltuk teslimatı – %O%",
  "Merhaba,\n\n"
  "%O% numaralı siparişinizdeki koltuk takımı 16.12.2026'dan itibaren teslim edilebilir. Salı, Çarşamba veya Cuma günlerinden birini, 10:00–18:00 arasında seçebilirsiniz.\n\n"
  "Şoförümüz gelmeden önce arayacak; gerekirse kendisine +90 532 418 27 63 numarasından ulaşabilirsiniz.\n\n"
  "İyi günler\nKoltuk Diyarı",
  ["BSM309"], "Delivery scheduling giving a driver's number in international format.")

m(36, "additional-information", "text", "Pencere ölçüsü gerekiyor – %O%",
  "Merhaba,\n\n"
  "%O% numaralı siparişinizdeki stor perdeyi ölçüye göre kesebilmemiz için camın tam genişliğini milimetre olarak öğrenmemiz gerekiyor. "
  "Buradan yanıt verebilir ya da metreli bir fotoğrafı siparis@perdefix.com.tr adresine gönderebilirsiniz.\n\n"
  "Teşekkürler\nPerdeFix",
  ["BSM308"], "Information request with a plain e-mail address.")

m(37, "return-follow-up", "text", "İade %O% – eksik bilgi",
  "Merhaba,\n\n"
  "%O% numaralı siparişin iadesini tamamlayabilmemiz için geri ödemenin kartınıza mı yoksa banka hesabınıza mı yapılmasını istediğinizi bilmemiz gerekiyor. "
  "En iyisi doğrudan destek et butikmelis nokta com adresine yazmanız.\n\n"
  "Sevgiler\nButik Melis",
  ["BSM308"], "Obfuscated e-mail address ('et', 'nokta').")

m(38, "reply", "html", "Ynt: Döküm tava bakımı – %O%",
  "<p>Merhaba,</p>"
  "<p>%O% numaralı siparişinizle ilgili sorunuz için teşekkürler. Döküm tava bulaşık makinesinde yıkanmamalı; sıcak su ve yıkamadan sonra biraz yağ yeterli.</p>"
  "<p>Daha fazla öneri için rehberimize bakabilirsiniz: "
  "<a href=\"https://www.dokummutfak.com.tr/rehber/dokum-tava-bakimi\">Döküm Mutfak sitesindeki döküm tava bakım rehberi</a>.</p>"
  "<p>Saygılarımızla<br>Döküm Mutfak</p>",
  ["BSM302"], "Reply linking (https, descriptive) to the seller's own website.")

m(39, "review-request", "html", "%O% numaralı siparişiniz için değerlendirme",
  "<p>Merhaba Büşra Hanım,</p>"
  "<p>Vaktiniz olursa %O% numaralı siparişinizdeki şal hakkında bir değerlendirme yazabilirsiniz:</p>"
  "<p><a href=\"http://www.amazon.com.tr/review/create-review?asin=B0D5KW3R8P\">Şalı Amazon.com.tr'de değerlendirin</a></p>"
  "<p>Saygılarımızla<br>Yün Şal Atölyesi</p>",
  ["BSM301"], "Descriptive link to Amazon over insecure http.")

m(40, "review-request", "html", "Kupanız nasıl? – %O%",
  "<p>Merhaba,</p>"
  "<p><img src=\"https://m.media-amazon.com/images/I/seramik-kupa-mavi-350ml.jpg\" alt=\"Mavi seramik kupa 350 ml – satın aldığınız ürün\" width=\"300\"></p>"
  "<p>%O% numaralı siparişinizdeki kupanın sizi mutlu ettiğini umuyoruz. Amazon'da bir değerlendirme bırakırsanız seviniriz.</p>"
  "<p>Seramik Evi</p>",
  ["BSM310"], "Photo of the purchased mug embedded.")

m(41, "delivery-delay", "html", "Gönderim gecikmesi – %O%",
  "<p><img src=\"https://images.unsplash.com/photo-gun-batimi-plaj.jpg\" alt=\"Gün batımında plaj\" width=\"400\"></p>"
  "<p>Merhaba,</p>"
  "<p>%O% numaralı siparişinizi planlanandan üç gün sonra, 14 Aralık Pazartesi günü gönderime vereceğiz. Özür dileriz!</p>"
  "<p>Tatil Bavulu</p>",
  ["BSM311"], "Unrelated stock image of a beach with alt text.")

m(42, "review-request", "html", "Değerlendirme rica ediyoruz – %O%",
  "<p><img src=\"https://m.media-amazon.com/images/S/sellers/aktar-nine-logo.png\" alt=\"\" width=\"160\"></p>"
  "<p>Merhaba,</p>"
  "<p>%O% numaralı siparişinizdeki bitki çayı karışımı damak tadınıza uydu mu? Görüşünüz ne olursa olsun Amazon'da bir değerlendirme yazarsanız seviniriz.</p>"
  "<p>Aktar Nine</p>",
  ["BSM402"], "Shop logo with empty alt attribute.")

m(43, "delivery-delay", "text", "Ufak bir gecikme – %O%",
  "Selam!\n\n"
  "Lama desenli çoraplarınızı (%O%) iki gün geç, 16 Aralık Çarşamba günü göndereceğiz. Kusura bakmayın 🙏\n\n"
  "Çorap Dükkanı Ekibi",
  ["BSM403"], "Emoji in a delay message.")

m(44, "additional-information", "text", "Hangi iplik rengi? – %O%",
  "Merhaba,\n\n"
  "%O% numaralı siparişinizdeki havlu nakışı için iplik rengini öğrenmemiz gerekiyor: altın, gümüş mü yoksa lacivert mi? "
  "Yanıtınızı alır almaz işe koyuluyoruz :)\n\n"
  "Nakış Atölyesi İğne",
  ["BSM403"], "Emoticon ':)' in an information request.")

m(45, "delivery-delay", "html", "Siparişinizde gecikme – %O%",
  "<style>h1{font-size:26px} h2{font-size:19px} p{font-size:15px} .kucuk{font-size:11px}</style>"
  "<h1>Gönderim gecikmesi</h1>"
  "<h2>Sipariş %O%</h2>"
  "<p>Merhaba, sayım nedeniyle siparişinizi 15.12.2026 yerine 18.12.2026 tarihinde göndereceğiz. Özür dileriz.</p>"
  "<p class=\"kucuk\">Bu ileti Elektro Toptan sistemince otomatik olarak oluşturulmuştur.</p>",
  ["BSM410"], "Four explicit font sizes in a <style> block.")

m(46, "delivery-delay", "html", "Gönderim ertelendi – %O%",
  "<p>Merhaba,</p>"
  "<p>%O% numaralı siparişiniz maalesef gecikecek; yeni gönderim tarihi 19 Aralık.</p>"
  "<br><br><br>"
  "<p>Anlayışınız için teşekkürler<br>Çömlek Atölyesi Toprak</p>",
  ["BSM412"], "Run of three <br> between paragraphs in HTML.")

m(47, "additional-information", "html", "Adres onayı – %O%",
  "<p>Merhaba,</p>"
  "<p>%O% numaralı siparişinizin teslimat adresinde daire numarası eksik. Lütfen daire numaranızı yanıt olarak iletin.</p>"
  "<p>Saygılarımızla<br>Ecza Dolabı</p>"
  "<img src=\"https://trk.mailpulse.example/open.png?uid=88412&amp;msg=ts-2291\" width=\"1\" height=\"1\" alt=\"\">",
  ["BSM307", "BSM402"], "1x1 tracking pixel with empty alt.")

m(48, "return-follow-up", "text", "[Önemli] İadeniz hakkında – %O%",
  "Merhaba,\n\n"
  "%O% numaralı siparişin iadesini sonuçlandırabilmemiz için ürünün orijinal kutusunda olup olmadığını öğrenmemiz gerekiyor. Kısaca yanıtlar mısınız?\n\n"
  "Teşekkürler\nIzgara Ustası",
  ["BSM110"], "[Önemli] tag on a return follow-up, which is not critical.")

m(49, "review-request", "html", "Gece lambanızı değerlendirin – %O%",
  "<p>Merhaba,</p>"
  "<p>%O% numaralı siparişinizdeki gece lambası nasıl? Değerlendirme yazmak için "
  "<a href=\"https://www.amazon.com.tr/review/create-review?asin=B0B6QL9M2V\">buraya tıklayın</a>.</p>"
  "<p>Saygılarımızla<br>Gece Işığı</p>",
  ["BSM401"], "Non-descriptive link text 'buraya tıklayın' on an https Amazon link.")

# ---------------------------------------------------------------- variable
m(50, "delivery-delay", "text", "Sipariş %O% – gecikme",
  "Merhaba Fatma Hanım,\n\n"
  "We are sorry to let you know that your order %O% will be dispatched about five days later than planned, on 17 December. "
  "Our supplier has not yet delivered the fabric for the cushion covers.\n\n"
  "Thank you for your patience.\nKilim House",
  ["BSM104"], "Greeting in Turkish, body paragraphs in English.")
