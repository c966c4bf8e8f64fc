"""v24 blind evaluation set: Turkish (tr-TR). Standard library only."""
import random

_R = random.Random(558)
_E = []  # (type, format, subject, body, expected, note)


def m(t, f, s, b, e, n):
    _E.append((t, f, s, b, e, n))


S1 = "Saygılarımızla,\nElif Demir\nMüşteri Hizmetleri, Pamuk Köşesi"
S2 = "Sevgiler,\nKil Atölyesi ekibi"

# 1-17 clean
m("delivery-delay", "text", "{o} numaralı siparişiniz hakkında",
  "Merhaba,\n\nMaalesef {o} numaralı siparişinizdeki nevresim takımının kumaşı tedarikçimizden geç geldi. Dikimi birkaç gün daha sürecek; paketiniz 11.12.2026 yerine en geç 16.12.2026 tarihinde yola çıkacak.\n\nGecikme için kusura bakmayın.\n\n" + S1,
  [], "Plain-text delivery delay with a new dispatch date.")
m("delivery-delay", "html", "Gönderim tarihi değişti – {o}",
  "<p>Merhaba Murat Bey,</p><p><strong>{o}</strong> numaralı siparişinizdeki dolap kulpları tedarikçiden zamanında gelmedi. Bu yüzden gönderim <strong>14 Aralık 2026 Pazartesi</strong> gününe kalıyor.</p><p>Anlayışınız için teşekkür ederiz.</p><p>Saygılarımla<br>Hakan Yılmaz<br><small>Yılmaz Mobilya Ltd. Şti.</small></p>",
  [], "HTML delivery delay with bold and small, no styles.")
m("order-problem", "text", "[Önemli] Stok sorunu – sipariş {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki \"Lale\" desenli demliği maalesef gönderemiyoruz; son ürün kusurlu çıktı ve yeni üretim yapılmayacak. Sipariş tutarını 349,90 TL düşürerek düzelttik, iade birkaç iş günü içinde hesabınıza yansır.\n\n" + S2,
  [], "Order problem with [Önemli] and the amount adjusted.")
m("additional-information", "text", "Gravür yazısı eksik ({o})",
  "Merhaba,\n\n{o} numaralı siparişinizdeki kesme tahtası için gravür yazısı bize ulaşmadı. En fazla 25 karakterlik metni yanıt olarak iletirseniz üretime başlayabiliriz; metin gelmeden başlayamıyoruz.\n\nTeşekkürler,\nCeviz Atölye",
  [], "Asks for engraving text needed to complete the order.")
m("return-follow-up", "text", "İadeniz hakkında – {o}",
  "Merhaba Zeynep Hanım,\n\n{o} numaralı siparişteki kenarı kırık kasenin fotoğraflarını aldık. Takımı elinizde tutmak isterseniz size hemen 150,00 TL kısmi iade yapabiliriz. Tam iade tercih ederseniz de sorun değil, haber vermeniz yeterli.\n\n" + S2,
  [], "Return follow-up offering a partial refund.")
m("return-follow-up", "text", "İade için bir sorumuz var ({o})",
  "Merhaba,\n\n{o} numaralı siparişin iadesini tamamlayabilmemiz için bir bilgiye ihtiyacımız var: ayakkabının hangi numarasını geri gönderdiniz, 42 mi 43 mü? Kolide iade formu yoktu.\n\nŞimdiden teşekkürler,\nSelin, Adım Butik",
  [], "Return follow-up asking for information to complete the return.")
m("invoice", "text", "{o} numaralı siparişin faturası",
  "Merhaba,\n\n{o} numaralı siparişinize ait 2026/12/0587 numaralı e-Arşiv faturanız ektedir.\n\nİyi günler dileriz,\nMuhasebe Birimi\n\nPamuk Köşesi Tekstil San. ve Tic. Ltd. Şti.\nOrganize Sanayi Bölgesi 4. Cad. No: 17, 16140 Nilüfer/Bursa\nVergi Dairesi: Nilüfer · Vergi No: 7210456183\nMersis No: 0721045618300017",
  [], "Invoice with Vergi No and Mersis No and an invoice number with slashes.")
m("review-request", "text", "Abajur nasıl? Sipariş {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki abajur bir haftadır sizde. Vaktiniz olursa Amazon'da ürün hakkında bir değerlendirme yazmanızdan memnuniyet duyarız; olumlu ya da olumsuz her yorum diğer alıcılara yol gösteriyor.\n\nSevgiyle,\nDeniz, Ahşap Işık",
  [], "Neutral text review request.")
m("review-request", "html", "Sipariş {o} – görüşünüz",
  "<p><img src=\"https://cdn.ahsapisik.com.tr/mail/ahsap-isik-logo.png\" alt=\"Ahşap Işık logosu\" width=\"150\"></p><p>Merhaba,</p><p>{o} numaralı siparişinizdeki aplik umarız işinizi görüyordur. Deneyiminizi paylaşır mısınız? Yorumunuz başka alıcılara da yardımcı olur.</p><p><a href=\"https://www.amazon.com.tr/review/create-review?asin=B0CT5LW2QK\">Amazon'da ürün değerlendirmesi yazın</a></p><p>Teşekkürler<br>Ahşap Işık</p>",
  [], "HTML review request with shop logo and descriptive https Amazon link.")
m("delivery-scheduling", "text", "Gardırop teslimatı için randevu ({o})",
  "Merhaba,\n\n{o} numaralı siparişinizdeki gardırop 90 kg'ın üzerinde olduğu için nakliye firmasının sizinle gün belirlemesi gerekiyor. Uygun aralıklar:\n- 15.12.2026 Salı, 08:00–12:00\n- 16.12.2026 Çarşamba, 12:00–16:00\n- 18.12.2026 Cuma, 08:00–12:00\nSize uyanı yazmanız yeterli. Binada asansör olup olmadığını da belirtirseniz seviniriz.\n\nSaygılarımla,\nGizem Arslan\nTeslimat Koordinatörü, Yılmaz Mobilya",
  [], "Delivery scheduling with dates and time slots.")
m("home-service-appointment", "text", "Bulaşık makinesi kurulumu – {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki bulaşık makinesinin kurulumu için teknisyenimiz 17.12.2026 Perşembe 09:00–11:00 ya da 19.12.2026 Cumartesi 10:00–12:00 arasında gelebilir. Hangisi sizin için daha uygun?\n\nİyi çalışmalar,\nBeyaz Eşya Servis Ege",
  [], "Home-service appointment with two slots.")
m("custom-design-verification", "html", "Onayınıza sunulan tasarım – {o}",
  "<p>Merhaba,</p><p>Ekte tasarim-{o}.pdf dosyasında \"Defne\" ismi ve 24.12.2026 tarihli kupa baskısının önizlemesi var. Yazımı kontrol edip \"onaylıyorum\" diye yanıtlar mısınız, ya da değişiklikleri yazar mısınız?</p><p>Kolay gelsin<br>Ece, Kil Atölyesi</p>",
  [], "Design proof sent for approval.")
m("fulfillment-question", "text", "Site giriş şifresi – sipariş {o}",
  "Merhaba,\n\n{o} numaralı siparişinizin teslimatı 11.12.2026 için planlandı; Gül Sokak'taki siteniz kapalı site. Kapı şifresini ya da blok numarasını paylaşabilir misiniz? Bilgiyi TLP/12/0441 numaralı talebimize ekleyeceğiz (referans no: 4471-0093).\n\nTeşekkürler,\nPamuk Köşesi",
  [], "Door-code question with tracking and reference numbers.")
m("reply", "text", "Ynt: Ürün sorusu, sipariş {o}",
  "Merhaba,\n\nEvet, {o} numaralı siparişinizdeki \"Washed Cotton Duvet Set\" ilandaki fotoğraftaki takımın aynısı; adı üreticinin verdiği İngilizce isim. Yastık kılıfları da dahil.\n\n" + S1,
  [], "Reply quoting an English product title inside Turkish sentences.")
m("reply", "text", "Ynt: Kahve makinesi garantisi – {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki kahve makinesi 2 yıl üretici garantisine sahip. Başvuruyu en hızlı üreticinin garanti hattından (Kahvem Türkiye) 0850 222 41 41 numarasıyla yapabilirsiniz. Su haznesinin altındaki seri numarasını hazır bulundurun.\n\nSelamlar,\nKahve Durağı",
  [], "Reply giving the manufacturer's warranty line, marked as such.")
m("reply", "text", "Ynt: Kurumsal fatura ({o})",
  "Merhaba,\n\nTabii, {o} numaralı siparişin faturasını şirketiniz adına kesebiliriz; firma unvanı ve vergi numaranızı yazmanız yeterli. Kayıtlarınız için bizim bilgilerimiz de aşağıda.\n\nKolay gelsin,\nOrhan Kaya\nMuhasebe\n\nKaya Oyuncak Tasarım Ltd. Şti.\nCaferağa Mah. Moda Cad. No: 12/3, 34710 Kadıköy/İstanbul\nKadıköy V.D. 5230118476 · Ticaret Sicil No: 845123",
  [], "Reply with a company-details footer.")
m("reply", "text", "Ynt: İadem nerede? {o}",
  "Merhaba,\n\nİade kolinizi (takip no 1ZX9842077319465) 08.12.2026 saat 13:40'ta teslim aldık. İade numaranız: IAD-2026-3318. {o} numaralı sipariş için 1.249,90 TL tutarındaki iade 09.12.2026'da başlatıldı, hesabınıza geçmesi genelde 3–5 iş günü sürer.\n\n" + S1,
  [], "Reply with return tracking number, dates, times and amounts.")

# 18-48 violations
m("reply", "text", "Ynt: Ne zaman gelir? {o}",
  "Merhaba,\n\nMüjde: {o} numaralı siparişiniz bu sabah depomuzdan çıktı, kargoya teslim edildi bile.\n\n" + S1,
  ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier.")
m("fulfillment-question", "text", "Sipariş {o}",
  "Selam,\n\n{o} numaralı siparişiniz elimize ulaştı, şu an ürünleri toplayıp paketliyoruz.\n\nÇorap Dünyası",
  ["BSM201"], "Order confirmation: received and being packed.")
m("review-request", "text", "Teşekkürler! {o}",
  "Merhaba,\n\n{o} numaralı siparişiniz için çok teşekkür ederiz! Küçük bir atölyeyi tercih etmeniz bizi çok mutlu etti.\n\n" + S2,
  ["BSM202"], "Thanks only.")
m("reply", "text", "Sipariş {o}",
  "Merhaba,\n\n{o} numaralı siparişinizle ilgili herhangi bir aksilik olursa buradayız, yazmanız yeterli.\n\nYılmaz Mobilya",
  ["BSM202"], "Only the offer to help if something comes up.")
m("delivery-delay", "text", "Küçük bir gecikme – {o}",
  "Merhaba,\n\n{o} numaralı siparişiniz iki gün gecikmeyle, en geç 15.12.2026'da gönderilecek. Kusura bakmayın!\n\nNot: Ay sonuna kadar mağazamızdaki tüm ürünlerde %20 indirim var, bir göz atın deriz.\n\n" + S1,
  ["BSM203"], "Delay message with a 20 % sale in a P.S.")
m("reply", "text", "Ynt: Kazak bedeni, {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki kazak biraz bol kalıp, M beden rahat olur. Yeniliklerden haberdar olmak isterseniz bizi Instagram'da takip edin, bültenimize de abone olun; ocakta yeni merino koleksiyonumuz geliyor.\n\nSevgiler,\nİpek, Örgü Sepeti",
  ["BSM203"], "Follow us, newsletter and new collection.")
m("review-request", "text", "Ufak bir ricamız var – {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki mum umarız güzel kokuyordur. Yorumunuz Amazon'da yayınlanır yayınlanmaz size teşekkür olarak küçük bir hediye göndereceğiz.\n\n" + S2,
  ["BSM204"], "Small gift once the review is published.")
m("review-request", "text", "Sipariş {o} – değerlendirme",
  "Merhaba,\n\nSize bir teklifimiz var: {o} numaralı siparişinizdeki kulaklık için yorum yazın, yorum görünür olduğu anda ödediğiniz tutarın tamamını iade edelim. Ekran görüntüsüyle yanıtlamanız yeterli.\n\nSes Noktası",
  ["BSM204"], "Full refund as soon as the review is online.")
m("reply", "text", "Ynt: 1 yıldızlı yorum – {o}",
  "Merhaba Emre Bey,\n\n{o} numaralı siparişteki arızalı su ısıtıcısını değiştirdik, yenisi yarın elinizde olur. Sorun çözüldüğüne göre, tek yıldızlı yorumunuzu güncellemeyi ya da kaldırmayı düşünür müsünüz?\n\nSelamlar,\nKahve Durağı",
  ["BSM205"], "Asks to update or remove a one-star review.")
m("review-request", "text", "Memnun kaldınız mı? {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki yastıklardan memnunsanız Amazon'a bir yorum bırakmanız bizi çok sevindirir. Bir sorun varsa lütfen yorum yazmadan önce bize ulaşın.\n\n" + S1,
  ["BSM206"], "Review only if satisfied; unhappy buyers steered to the seller.")
m("review-request", "html", "{o} numaralı sipariş hakkında görüşünüz",
  "<p>Merhaba,</p><p>{o} numaralı siparişiniz için teşekkürler. Bir yorum yazarsanız çok seviniriz – 5 yıldız bizim gibi küçük bir atölye için çok şey ifade ediyor!</p><p><a href=\"https://www.amazon.com.tr/review/create-review?asin=B0BK82DLZP\">Ürünü Amazon'da puanlayın</a></p><p>Kaya Oyuncak</p>",
  ["BSM206"], "Asks for five stars.")
m("order-problem", "text", "[Önemli] Sipariş {o} – tek adet kaldı",
  "Merhaba,\n\nSipariş ettiğiniz iki nevresim takımından stokta yalnızca bir tane kaldı. Eksik takım için {o} numaralı siparişin tutarını 899,00 TL azalttık. Tek takım işinizi görmeyecekse en hızlısı siparişi \"Siparişlerim\" bölümünden kendiniz iptal etmeniz olur.\n\n" + S1,
  ["BSM108"], "Adjusted amount, but advises the buyer to cancel herself.")
m("order-problem", "text", "Stokta kalmadı – {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki lambanın stoku maalesef tükendi. Amazon hesabınızdan bir iptal talebi oluşturursanız çok memnun oluruz, böylece süreç hızlıca kapanır.\n\nAhşap Işık",
  ["BSM107", "BSM108"], "Asks for a cancellation request and does not mention an adjustment.")
m("review-request", "text", "Sipariş {o} hakkında yorumunuz",
  "Merhaba,\n\n{o} numaralı siparişinizdeki fincanlar hakkında Amazon'da görüşlerinizi paylaşırsanız seviniriz.\n\nBu tür mesajları artık almak istemiyorsanız bu mesajı DUR yazarak yanıtlayın.\n\n" + S2,
  ["BSM305"], "Opt-out instruction: reply DUR.")
m("reply", "text", "Ynt: Şikâyet {o}",
  "Merhaba,\n\nBu boktan kargo firması paketlerimizi üçüncü kez kaybetti, lanet olsun. {o} numaralı siparişinizi yarın masrafı bize ait olmak üzere yeniden gönderiyoruz.\n\nMert, Çorap Dünyası",
  ["BSM306"], "Turkish profanity.")
m("reply", "text", "Re: Your question about order {o}",
  "Hello,\n\nThanks for your message. The blanket in order {o} is 100% cotton and machine washable at 40 degrees. Feel free to ask if you need anything else.\n\nBest regards,\nPamuk Köşesi",
  ["BSM104"], "Whole reply in English to a tr-TR buyer.")
m("delivery-scheduling", "text", "Kanepe teslimatı {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki kanepenin teslim gününü ayarlamak için ofisimizi 0224 443 18 20 numaralı telefondan ya da şoförümüzü +90 532 614 27 83 numarasından arayabilirsiniz (hafta içi 08.00–17.00).\n\nYılmaz Mobilya",
  ["BSM309"], "Seller phone numbers, national and international formats.")
m("reply", "text", "Ynt: Fatura {o}",
  "Merhaba,\n\n{o} numaralı siparişin faturası için en kolayı e-posta: muhasebe@pamukkosesi.com.tr adresine yazabilirsiniz.\n\n" + S1,
  ["BSM308"], "Plain e-mail address.")
m("reply", "text", "Ynt: Hasar fotoğrafları ({o})",
  "Merhaba,\n\n{o} numaralı siparişteki çatlak kasenin fotoğraflarını ece.kilatolyesi [at] gmail [nokta] com adresine gönderirseniz hemen bakarız.\n\n" + S2,
  ["BSM308"], "Obfuscated e-mail address with [at] and [nokta].")
m("reply", "html", "Ynt: Keten bakımı – {o}",
  "<p>Merhaba,</p><p>{o} numaralı siparişinizdeki çarşaflar en iyi 40 derecede yıkanır. Daha fazla ipucunu <a href=\"https://www.pamukkosesi.com.tr/rehber/keten-bakimi\">web sitemizdeki keten bakım rehberinde</a> bulabilirsiniz.</p><p>Saygılarımızla<br>Elif Demir</p>",
  ["BSM302"], "https link to the seller's own site, not needed for the order.")
m("review-request", "html", "Sipariş {o} – yorum",
  "<p>Merhaba,</p><p>{o} numaralı siparişinizdeki kahve değirmeni nasıl gidiyor? Birkaç satır yazarsanız seviniriz.</p><p><a href=\"http://www.amazon.com.tr/review/create-review?asin=B09ZT3K8MN\">Değirmen için Amazon'da yorum yazın</a></p><p>Kahve Durağı</p>",
  ["BSM301"], "http link to Amazon.")
m("delivery-delay", "html", "Gecikme – {o}",
  "<p>Merhaba,</p><p>{o} numaralı siparişinizdeki berjer, döşeme kumaşını beklediğimiz için ancak 17.12.2026'da gönderilebilecek.</p><p><img src=\"https://cdn.yilmazmobilya.com.tr/urunler/berjer-yesil-kadife.jpg\" alt=\"Yeşil kadife berjer\" width=\"300\"></p><p>Gecikme için özür dileriz<br>Yılmaz Mobilya</p>",
  ["BSM310"], "Photo of the purchased armchair.")
m("review-request", "html", "İyi tatiller! {o}",
  "<p>Merhaba,</p><p>Bir dakikanız varsa {o} numaralı siparişinizdeki çanta için Amazon'da yorum yazmanızı rica ederiz.</p><p><img src=\"https://cdn.stokfoto.example.com/sahil-gun-batimi.jpg\" alt=\"Gün batımında sahil\" width=\"300\"></p><p>Selamlar<br>Çanta Atölyesi</p>",
  ["BSM311"], "Unrelated stock image of a beach.")
m("invoice", "html", "Fatura – {o}",
  "<p><img src=\"https://cdn.kilatolyesi.com.tr/kil-atolyesi-logo.png\" width=\"140\"></p><p>Merhaba,</p><p>{o} numaralı siparişinize ait KA2026000912 numaralı fatura ektedir.</p><p>Kil Atölyesi</p>",
  ["BSM402"], "Shop logo without an alt attribute.")
m("delivery-delay", "text", "Biraz gecikecek – {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki battaniyeler hâlâ tezgâhta, 14.12.2026'da yola çıkacak 🙏 Sabrınız için teşekkürler!\n\nÖrgü Sepeti",
  ["BSM403"], "Emoji in a delay message.")
m("reply", "text", "Ynt: Renk, {o}",
  "Merhaba,\n\n{o} numaralı siparişinizdeki \"adaçayı\" rengi gerçekte fotoğraftakinden biraz daha açık ama canlı görünce çok şık :D\n\n" + S1,
  ["BSM403"], "Text emoticon.")
m("delivery-delay", "html", "Gönderim tarihinde değişiklik {o}",
  "<style>p{font-size:14px} h2{font-size:22px} h3{font-size:18px} .kucuk{font-size:11px}</style><h2>Yeni tarih</h2><h3>Sipariş {o}</h3><p>Merhaba, masanız 12.12.2026 yerine 18.12.2026'da gönderilecek. Özür dileriz.</p><p class=\"kucuk\">Yılmaz Mobilya Ltd. Şti.</p>",
  ["BSM410"], "Four font sizes in a style block.")
m("additional-information", "text", "Stor perde ölçüsü – {o}",
  "Merhaba,\n\n{o} numaralı siparişiniz için pencerenin genişliğini santimetre olarak bilmemiz gerekiyor.\n\n\n\nBu ölçü olmadan perdeyi kesemiyoruz.\n\nPerdeci Nuri",
  ["BSM412"], "Several blank lines in a row in plain text.")
m("additional-information", "html", "İplik rengi – {o}",
  "<p>Merhaba,</p><p>{o} numaralı siparişinizdeki nakış için hangi iplik rengini istersiniz: altın mı gümüş mü?<br><br><br><br>Teşekkürler,<br>Nakış Evi</p>",
  ["BSM412"], "Run of four <br> inside a paragraph.")
m("return-follow-up", "text", "[Önemli] İadeniz – {o}",
  "Merhaba,\n\n{o} numaralı siparişteki iadeyi tamamlamak için kolide ürünün orijinal kutusunun olup olmadığını öğrenebilir miyiz?\n\n" + S1,
  ["BSM110"], "[Önemli] on a return follow-up.")
m("reply", "html", "Ynt: Kurulum kılavuzu – {o}",
  "<p>Merhaba,</p><p>{o} numaralı siparişinizdeki rafın kurulum kılavuzu ürün sayfasında yer alıyor, <a href=\"https://www.amazon.com.tr/dp/B0C4RLT8ZW\">buraya tıklayın</a>.</p><p>Selamlar<br>Yılmaz Mobilya</p>",
  ["BSM401"], "\"buraya tıklayın\" as link text.")

# 49-50 varying
m("reply", "text", "Ynt: Paket hâlâ gelmedi – {o}",
  "Merhaba,\n\nŞu fucking kargo şubesi {o} numaralı siparişinizin paketini yine yanlış adrese yönlendirmiş. Yeni paketi 12.12.2026'da tekrar gönderiyoruz, masrafı bizden.\n\nÇorap Dünyası",
  ["BSM306"], "English profanity inside a Turkish message.")
m("fulfillment-question", "html", "Kapı şifresi – {o}",
  "<p>Merhaba,</p><p>{o} numaralı siparişinizin teslimatı için apartman kapı şifresini aşağıya yazar mısınız?</p><form><input type=\"text\" name=\"kapi_sifresi\"><button type=\"submit\">Gönder</button></form><p>Teşekkürler<br>Pamuk Köşesi</p>",
  ["BSM312"], "An HTML form inside the message.")

LANG, LOCALE = "tr", "tr-TR"


def _oid(prefix):
    return "%s-%07d-%07d" % (prefix, _R.randint(0, 9999999), _R.randint(0, 9999999))


def _build():
    out, seen = [], set()
    for i, (t, f, s, b, e, n) in enumerate(_E, 1):
        o = _oid("558")
        while o in seen:
            o = _oid("558")
        seen.add(o)
        nh = o.replace("-", "")
        s = s.replace("{o_nh}", nh).replace("{o}", o)
        b = b.replace("{o_nh}", nh).replace("{o}", o)
        out.append({"id": "v24-%s-%03d" % (LANG, i), "language": LANG, "locale": LOCALE,
                    "type": t, "format": f, "subject": s, "body": b, "order_id": o,
                    "expected": sorted(e), "note": n})
    return out


MESSAGES = _build()
