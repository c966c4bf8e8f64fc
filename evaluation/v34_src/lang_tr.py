# -*- coding: utf-8 -*-
"""Set v34, Turkish (tr) evaluation messages."""

MESSAGES = []


def _oid(n):
    return "659-%07d-%07d" % ((n * 4703 + 5518209) % 10000000, (n * 77711 + 1068843) % 10000000)


def _m(n, locale, typ, fmt, subject, body, expected, note, order=None):
    o = order or _oid(n)
    MESSAGES.append({
        "id": "v34-tr-%03d" % n,
        "language": "tr",
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject.replace("{O}", o),
        "body": body.replace("{O}", o),
        "order_id": o,
        "expected": sorted(expected),
        "note": note,
    })


# ---------------- clean ----------------
_m(1, "tr-TR", "delivery-delay", "text",
   "{O} numaralı siparişinizin gönderimi gecikecek",
   "Merhaba Elif Hanım,\n\n{O} numaralı siparişinizdeki el dokuması kilim, tezgâhtan bir hafta geç çıktı; yün boyası bu ay beklediğimizden uzun sürede kurudu. Kilimi 14 Aralık 2026 Pazartesi günü kargoya vermeyi planlıyoruz, yani ilanda yazan tarihten beş gün sonra.\n\nAnlayışınız için teşekkür ederiz.\nAyşe Demir\nDemir Kilim Atölyesi, Uşak",
   [], "Clean delivery delay in plain text from a small rug workshop.")

_m(2, "tr-TR", "delivery-delay", "html",
   "Sipariş {O} – yeni gönderim tarihi",
   "<table width=\"100%\" cellpadding=\"8\">\n<tr><td>\n<p>Sayın Müşterimiz,</p>\n<p><b>{O}</b> numaralı siparişinizde yer alan <b>Akıllı Robot Süpürge RX-500</b>, tedarikçimizin gümrük işlemleri nedeniyle depomuza geç ulaşacaktır.</p>\n<p>Yeni tahmini gönderim tarihi: <b>16.12.2026</b> (önceki tarih: 09.12.2026)</p>\n<p>Siparişiniz aktif kalmaya devam etmektedir.</p>\n<p>Saygılarımızla,<br>Müşteri Hizmetleri<br>TeknoEv Elektronik A.Ş.</p>\n</td></tr>\n</table>\n<p><small>TeknoEv Elektronik A.Ş. · Atatürk Cad. No: 112, 34746 Ataşehir/İstanbul · Mersis No: 0123456789000015</small></p>",
   [], "Clean delivery delay in builder HTML from a large retailer.")

_m(3, "tr-TR", "order-problem", "text",
   "[Önemli] {O} numaralı siparişiniz gönderilemiyor",
   "Merhaba,\n\n{O} numaralı siparişinizdeki bakır cezveyi maalesef gönderemiyoruz; stokta kalan son ürün kalite kontrolde kusurlu çıktı.\n\nSipariş tutarınızın tamamı \"stok yok\" gerekçesiyle düzeltildi. İade, Amazon'un süreçlerine göre birkaç iş günü içinde ödeme yönteminize yansıyacaktır. Sizin herhangi bir işlem yapmanıza gerek yok.\n\nÖzür dileriz.\nBakırcı Hasan Usta – Gaziantep",
   [], "Clean order problem confirming the adjustment, with [Önemli] in the subject.")

_m(4, "tr-TR", "additional-information", "text",
   "Sipariş {O} – nakış için isim bilgisi",
   "İyi günler,\n\n{O} numaralı siparişinizdeki isim nakışlı bebek battaniyesi için kişiselleştirme alanı boş kalmış. Battaniyeye işlenmesini istediğiniz ismi ve tercih ettiğiniz iplik rengini (pembe, mavi, krem) bu mesaja yanıt olarak yazabilir misiniz?\n\nBilgi geldikten sonra nakış iki iş günü sürer.\n\nSevgiyle,\nMinik Dikiş Atölyesi",
   [], "Clean request for the embroidery details needed to complete the order.")

_m(5, "tr-TR", "return-follow-up", "text",
   "İade talebiniz hakkında – {O}",
   "Merhaba Murat Bey,\n\n{O} numaralı siparişinizdeki çalışma masası için iade talebinizi gördük; masanın bir köşesinde çizik olduğunu belirtmişsiniz.\n\nMasayı geri göndermek yerine elinizde tutmak isterseniz size 350,00 TL kısmi iade yapabiliriz. Tam iadeyi tercih ederseniz iade sürecine normal şekilde devam edebilirsiniz.\n\nHangi seçeneği tercih ettiğinizi bize yazmanız yeterli.\n\nSaygılarımızla,\nMobilyaPark",
   [], "Clean return follow-up offering a partial refund.")

_m(6, "tr-TR", "return-follow-up", "html",
   "{O} – iade için eksik bilgi",
   "<p>Merhaba,</p>\n<p>{O} numaralı siparişten iade ettiğiniz akıllı saat bize ulaştı. İadeyi tamamlayabilmemiz için bir bilgiye ihtiyacımız var: kutudan şarj kablosu çıkmadı.</p>\n<p>Kablo ayrı bir pakette mi gönderildi, yoksa elinizde mi kaldı? Ayrı gönderildiyse kargo takip numarasını yanıt olarak iletebilir misiniz?</p>\n<p>Teşekkürler,<br>Saatçi Online İade Ekibi</p>",
   [], "Clean return follow-up asking for information to complete the return.")

_m(7, "tr-TR", "invoice", "text",
   "{O} numaralı siparişinizin faturası",
   "Merhaba,\n\n{O} numaralı siparişinize ait KDV dahil e-Arşiv faturanız ektedir.\n\nFatura No: TKS/2026/004512\nFatura tutarı: 2.360,00 TL (KDV %20: 393,33 TL)\n\nSatıcı bilgileri:\nTekstil Sepeti Ltd. Şti.\nOrganize Sanayi Bölgesi 4. Cad. No: 18, Bursa\nVergi Dairesi: Nilüfer, Vergi No: 8470312256\nMersis No: 0847031225600012\n\nİyi günler dileriz.\nTekstil Sepeti Muhasebe",
   [], "Clean invoice with tax office, tax number, Mersis number and slash invoice number.")

_m(8, "tr-TR", "review-request", "text",
   "Siparişiniz {O} hakkında görüşünüz",
   "Merhaba,\n\n{O} numaralı siparişinizle gelen zeytinyağı birkaç gündür sofranızda olmalı. Ayvalık'ta küçük bir aile işletmesiyiz ve müşterilerimizin ne düşündüğünü öğrenmek bizim için çok değerli.\n\nVaktiniz olursa Amazon'da ürün hakkında bir değerlendirme yazabilirsiniz; olumlu ya da olumsuz, her yorum diğer alıcılara yol gösterir.\n\nSelamlar,\nKaraca Zeytinlikleri",
   [], "Clean, neutral review request in plain text.")

_m(9, "tr-TR", "review-request", "html",
   "{O} – deneyiminizi paylaşır mısınız?",
   "<p><img src=\"https://m.media-amazon.com/images/S/brand/kitapkurdu-sahaf-logo.png\" alt=\"Kitap Kurdu Sahaf logosu\" width=\"150\" height=\"50\"></p>\n<p>Merhaba,</p>\n<p>{O} numaralı siparişinizdeki kitaplar elinize ulaşalı bir hafta oldu. Ürün hakkındaki düşüncelerinizi diğer okurlarla paylaşırsanız seviniriz; eleştirileriniz de bizim için değerli.</p>\n<p><a href=\"https://www.amazon.com.tr/review/create-review?asin=B0CTR4KTP9\">Amazon.com.tr'de ürün değerlendirmesi yazın</a></p>\n<p>Kitap Kurdu Sahaf</p>",
   [], "Clean HTML review request with logo (alt names the shop) and a descriptive https Amazon link.")

_m(10, "tr-TR", "delivery-scheduling", "html",
   "Buzdolabınızın teslimat randevusu – {O}",
   "<p>Merhaba Kemal Bey,</p>\n<p>{O} numaralı siparişinizdeki gardırop tipi buzdolabı büyük hacimli olduğu için iki kişilik ekibimizle teslim edilecektir. Lütfen uygun olduğunuz zaman dilimini seçin:</p>\n<ul>\n<li>15 Aralık Salı, 09:00–12:00</li>\n<li>16 Aralık Çarşamba, 13:00–17:00</li>\n<li>19 Aralık Cumartesi, 10:00–14:00</li>\n</ul>\n<p>Binada asansör olup olmadığını ve kaçıncı katta oturduğunuzu da yazarsanız ekibi ona göre hazırlarız.</p>\n<p>İyi günler,<br>Beyaz Eşya Dünyası Lojistik</p>",
   [], "Clean delivery scheduling for a bulky fridge with dates and slots.")

_m(11, "tr-TR", "home-service-appointment", "text",
   "Klima montaj randevusu – {O}",
   "Merhaba,\n\n{O} numaralı siparişinizde klima montaj hizmeti de bulunuyor. Yetkili teknisyenimiz aşağıdaki saatlerde gelebilir:\n\n- 10 Aralık Perşembe, 10:00–12:00\n- 11 Aralık Cuma, 14:00–16:00\n- 14 Aralık Pazartesi, 09:00–11:00\n\nMontaj yaklaşık üç saat sürer; dış ünitenin konacağı balkonun boş olması işimizi kolaylaştırır. Seçtiğiniz saati yanıt olarak yazmanız yeterli.\n\nSerin Klima Servis",
   [], "Clean home-service appointment with time slots.")

_m(12, "tr-TR", "custom-design-verification", "text",
   "Tasarım onayı – {O}",
   "Merhaba Zeynep Hanım,\n\n{O} numaralı siparişiniz için hazırladığımız düğün davetiyesi taslağını PDF olarak ekte gönderiyorum. Metin: \"Zeynep & Can – 20 Şubat 2027, Bodrum\", altın varak yazı, krem kâğıt.\n\nİsimleri ve tarihi kontrol eder misiniz? Her şey doğruysa \"onaylıyorum\" yazmanız yeterli, baskıya geçelim. Değişiklik isterseniz seve seve düzeltirim.\n\nSelin\nDavetiye Evi",
   [], "Clean custom design verification with a PDF proof.")

_m(13, "tr-TR", "fulfillment-question", "html",
   "Site giriş şifresi – sipariş {O}",
   "<p>Merhaba,</p>\n<p>Kurye, {O} numaralı siparişinizi teslim etmek için sitenize gittiğinde giriş kapısı şifreli olduğu için içeri giremedi. Gönderi (takip no: YK728100459933, şube referansı ANK-2026/3391) şu an Çankaya şubesinde bekliyor.</p>\n<p>Kapı şifresini ya da kuryenin paketi kime bırakabileceğini bu mesaja yanıt olarak yazabilir misiniz? Tekrar teslimatı hemen planlayacağız.</p>\n<p>İyi günler,<br>Bisiklet Durağı</p>",
   [], "Clean door-code question with tracking and branch reference numbers.")

_m(14, "tr-TR", "reply", "text",
   "Ynt: Sipariş {O} hakkında soru",
   "Merhaba,\n\nSorunuz için teşekkürler. {O} numaralı siparişinizdeki \"Crystal Clear Phone Case – Ultra Slim\" ürününün adı İngilizce olsa da kutunun içinde Türkçe kullanım bilgisi var. Kılıf, kablosuz şarjı engellemiyor.\n\nSevgiler,\nKılıf Dünyası",
   [], "Clean reply quoting an English product title inside Turkish sentences.")

_m(15, "tr-TR", "reply", "html",
   "Ynt: Saç kurutma makinesi arızası – {O}",
   "<p>Merhaba Derya Hanım,</p>\n<p>{O} numaralı siparişinizdeki saç kurutma makinesinin çalışmamasına çok üzüldük. Ürün üreticinin iki yıllık garantisi kapsamındadır; onarım ya da değişim için en hızlı çözüm üreticinin yetkili servisidir.</p>\n<p><b>Üretici garanti hattı (Ventus Elektrikli Ev Aletleri):</b> 0850 460 21 21, hafta içi 09:00–18:00</p>\n<p>Amazon üzerinden iade etmeyi tercih ederseniz o konuda da yardımcı oluruz.</p>\n<p>Saygılarımızla,<br>Güzellik Aletleri Mağazası</p>",
   [], "Clean reply giving the manufacturer's warranty hotline, marked as such.")

_m(16, "tr-TR", "reply", "text",
   "Ynt: Kurumsal fatura – {O}",
   "Merhaba,\n\nEvet, {O} numaralı siparişiniz için şirket adına fatura kesebiliriz. Şirket unvanını, vergi dairesini ve vergi numarasını bu mesaja yanıt olarak iletmeniz yeterli; faturayı bir iş günü içinde Amazon mesajlarından göndeririz.\n\nSaygılarımızla,\nOfis Kırtasiye\n\n--\nOfis Kırtasiye San. ve Tic. Ltd. Şti.\nKızılay Mah. Gazi Mustafa Kemal Blv. No: 45/7, Çankaya/Ankara\nVergi Dairesi: Maltepe · Vergi No: 6320455871\nÇalışma saatleri: Pazartesi–Cuma 09:00–18:00",
   [], "Clean reply with a company-details footer.")

_m(17, "tr-TR", "reply", "text",
   "Ynt: İade durumu – {O}",
   "Merhaba,\n\n{O} numaralı siparişinizle ilgili bilgiler:\n\nİade kodu: RMA-TR-20461\nİade kargo takip numarası: 1Z9X47W20412345678\nPaketin depomuza ulaştığı zaman: 04.12.2026, 15:20\nİade edilen tutar: 749,90 TL (07.12.2026 tarihinde işleme alındı)\n\nTutarın kartınıza yansıması bankanıza göre 2 ila 10 iş günü sürebilir.\n\nİyi günler,\nSporcu Deposu Müşteri Hizmetleri",
   [], "Clean reply with return and tracking numbers, dates, times and amounts.")

# ---------------- violations ----------------
_m(18, "tr-TR", "fulfillment-question", "text",
   "Siparişiniz yola çıktı – {O}",
   "Merhaba,\n\n{O} numaralı siparişinizdeki lokum kutuları bu sabah depomuzdan çıktı ve Yurtiçi Kargo'ya teslim edildi. Bir iki gün içinde kapınızda olur.\n\nAfiyet olsun,\nSafranbolu Lokumcusu",
   ["BSM201"], "Shipping confirmation: left the warehouse and handed to the carrier.")

_m(19, "tr-TR", "additional-information", "html",
   "Siparişiniz alındı – {O}",
   "<p>Sayın Müşterimiz,</p>\n<p>{O} numaralı siparişiniz tarafımıza ulaşmıştır ve şu anda hazırlanmaktadır. Ürünleriniz özenle paketlenecektir.</p>\n<p>Saygılarımızla,<br>Kozmetik Vitrini</p>",
   ["BSM201"], "Order confirmation: received and being prepared.")

_m(20, "tr-TR", "reply", "text",
   "Teşekkürler! {O}",
   "Merhaba,\n\n{O} numaralı siparişiniz için çok teşekkür ederiz. Bizi tercih ettiğiniz için mutluyuz!\n\nBaharatçı Ömer",
   ["BSM202"], "Thanks-only message.")

_m(21, "tr-TR", "fulfillment-question", "html",
   "Siparişiniz {O}",
   "<p>Merhaba,</p>\n<p>{O} numaralı siparişinizle ilgili herhangi bir sorun yaşarsanız bize her zaman yazabilirsiniz; yardımcı olmaktan memnuniyet duyarız.</p>\n<p>Saygılarımızla,<br>Ev Tekstili Pazarı</p>",
   ["BSM202"], "Only an offer to help if a problem comes up.")

_m(22, "tr-TR", "return-follow-up", "text",
   "İade – {O}",
   "Merhaba,\n\n{O} numaralı siparişinizdeki ayakkabıyı iade etmek yerine bir numara büyüğüyle değiştirmek ister misiniz? Değişimde size 150 TL kısmi iade de yaparız, çünkü yeni numara şu an indirimde.\n\nSelamlar,\nAdım Ayakkabı\n\nNot: Yılbaşına kadar tüm mağazada %20 indirim var, sepette YILBASI20 kodunu kullanmanız yeterli.",
   ["BSM203"], "Return follow-up with a store-wide discount code in a P.S.")

_m(23, "tr-TR", "reply", "html",
   "Ynt: Kumaş içeriği – {O}",
   "<p>Merhaba,</p>\n<p>{O} numaralı siparişinizdeki gömlek %100 pamuktur ve 30 derecede yıkanabilir.</p>\n<p>Yeni sezon koleksiyonumuzdan ilk siz haberdar olmak için bizi Instagram'da takip edin ve e-bültenimize abone olun!</p>\n<p>Sevgiler,<br>Pamuk Butik</p>",
   ["BSM203"], "Reply inviting the buyer to follow the shop, subscribe and see a new collection.")

_m(24, "tr-TR", "review-request", "text",
   "Küçük bir rica – {O}",
   "Merhaba,\n\n{O} numaralı siparişinizdeki termosu umarız severek kullanıyorsunuzdur. Amazon'da bir değerlendirme yazarsanız çok seviniriz.\n\nDeğerlendirmeniz yayınlandıktan sonra bize haber verin, teşekkür olarak size küçük bir hediye göndermek istiyoruz.\n\nKamp Malzemeleri Merkezi",
   ["BSM204"], "Small gift once the review is published.")

_m(25, "tr-TR", "review-request", "html",
   "Yorumunuz ve iadeniz – {O}",
   "<p>Merhaba,</p>\n<p>{O} numaralı siparişinizdeki yüz serumundan tam memnun kalmadığınızı biliyoruz. Ürün yorumunuzu Amazon'da yayınladığınız anda ödediğiniz tutarın tamamını iade edeceğiz; ürün de sizde kalabilir.</p>\n<p>Saygılarımızla,<br>Doğal Cilt Bakım</p>",
   ["BSM204"], "Full refund as soon as the review is online.")

_m(26, "tr-TR", "reply", "text",
   "Ynt: Şikâyetiniz – {O}",
   "Merhaba,\n\n{O} numaralı siparişinizdeki eksik vida setini dün gönderdik ve kitaplığı kurabildiğinizi duymak bizi sevindirdi.\n\nSorun çözüldüğüne göre, bize verdiğiniz tek yıldızlı değerlendirmeyi güncellemeyi ya da kaldırmayı düşünür müsünüz? Küçük bir işletme için çok önemli.\n\nSaygılarımızla,\nAhşap Raf Evi",
   ["BSM205"], "Asks to update or remove a one-star review.")

_m(27, "tr-TR", "review-request", "html",
   "Memnun kaldınız mı? {O}",
   "<p>Merhaba,</p>\n<p>{O} numaralı siparişinizdeki seramik tabaklardan memnun kaldıysanız Amazon'da yorum bırakmanızı rica ederiz. Memnun kalmadıysanız lütfen yorum yazmadan önce bize ulaşın, sorunu birlikte çözelim.</p>\n<p>Çini Atölyesi Kütahya</p>",
   ["BSM206"], "Asks only satisfied buyers to review, steers unhappy ones to the seller.")

_m(28, "tr-TR", "review-request", "text",
   "Bir ricamız var – {O}",
   "Merhaba,\n\n{O} numaralı siparişinizdeki oyuncak ahşap tren setinin çocuğunuzu mutlu ettiğini umuyoruz. Amazon'da bize 5 yıldız verirseniz küçük atölyemiz için çok büyük bir destek olur.\n\nSevgiyle,\nTahta Oyuncakçı",
   ["BSM206"], "Asks for a five-star rating.")

_m(29, "tr-TR", "order-problem", "html",
   "Sipariş {O} – stok sorunu",
   "<p>Merhaba,</p>\n<p>{O} numaralı siparişinizdeki oyun konsolu maalesef stoklarımızda tükendi. Sipariş tutarını \"stok yok\" gerekçesiyle düzelttik.</p>\n<p>İşlemin en hızlı şekilde kapanması için siparişi Amazon hesabınızdan kendiniz iptal etmenizi öneririz.</p>\n<p>Özür dileriz,<br>Oyun Noktası</p>",
   ["BSM108"], "Adjustment confirmed but advises the buyer to cancel himself.")

_m(30, "tr-TR", "order-problem", "text",
   "Siparişinizle ilgili bir sorun – {O}",
   "Merhaba,\n\n{O} numaralı siparişinizdeki el yapımı deri cüzdanın derisi tedarikçimizde kalmadı, bu yüzden ürünü hazırlayamıyoruz.\n\nAmazon üzerinden bir iptal talebi oluşturmanız bizim için çok makbule geçer; talebiniz gelir gelmez onaylayacağız.\n\nDeri Sanat Atölyesi",
   ["BSM107", "BSM108"], "Asks for a cancellation request without confirming an adjustment.")

_m(31, "tr-TR", "delivery-delay", "text",
   "Gecikme bildirimi – {O}",
   "Merhaba,\n\n{O} numaralı siparişinizdeki perde, dikimhanedeki yoğunluk nedeniyle 10 Aralık yerine 15 Aralık'ta gönderilecek. Gecikme için özür dileriz.\n\nPerde Evi\n\nBu tür mesajları almak istemiyorsanız bu mesaja \"İPTAL\" yazarak listemizden çıkabilirsiniz.",
   ["BSM305"], "Delay with an opt-out instruction (reply to leave the list).")

_m(32, "tr-TR", "reply", "text",
   "Ynt: Kırık ürün – {O}",
   "Merhaba,\n\nFotoğrafları gördüm, kargocu o lanet olası kolileri yine fırlatmış, kahrolası herifler adam gibi taşımayı bilmiyor. {O} numaralı siparişinizdeki vazoyu yarın yeniden gönderiyoruz.\n\nCam Sanatları",
   ["BSM306"], "Reply with Turkish profanity and insults.")

_m(33, "tr-TR", "delivery-delay", "text",
   "Commande {O} : retard",
   "Bonjour,\n\nVotre commande {O} sera expédiée le 14 décembre au lieu du 9 décembre, car notre fournisseur a du retard. Nous vous prions de nous excuser.\n\nCordialement,\nBoutique Anatolia Home",
   ["BSM104"], "Message to a Turkish buyer written entirely in French.")

_m(34, "tr-TR", "additional-information", "text",
   "Adres bilgisi – {O}",
   "Merhaba,\n\n{O} numaralı siparişinizin teslimat adresinde daire numarası eksik. Koli 40 kg olduğu için kapıya kadar çıkarılması gerekiyor; daire numaranızı yazar mısınız?\n\nİsterseniz 0532 418 76 09 numaralı cep telefonumdan da bana ulaşabilirsiniz.\n\nOsman, Spor Aletleri Market",
   ["BSM309"], "Seller's mobile number in national format.")

_m(35, "tr-TR", "reply", "html",
   "Ynt: Kurulum – {O}",
   "<p>Merhaba,</p>\n<p>{O} numaralı siparişinizdeki salıncağın kurulum şeması kutudaki kılavuzun 3. sayfasında.</p>\n<p>Saygılarımızla,<br>Bahçe Mobilyaları Ege</p>\n<p><small>Mağaza: +90 232 464 18 50</small></p>",
   ["BSM309"], "Shop phone number in international format in the footer.")

_m(36, "tr-TR", "return-follow-up", "text",
   "İadeniz hakkında – {O}",
   "Merhaba,\n\n{O} numaralı siparişinizden iade ettiğiniz kulaklığın iadesini tamamlamak için kutunun fotoğrafına ihtiyacımız var. Fotoğrafı destek@sesdunyasi.com.tr adresine gönderebilir misiniz?\n\nSes Dünyası",
   ["BSM308"], "Plain email address in a return follow-up.")

_m(37, "tr-TR", "reply", "html",
   "Ynt: Kullanım kılavuzu – {O}",
   "<p>Merhaba,</p>\n<p>{O} numaralı siparişinizdeki ekmek makinesinin Türkçe kılavuzunu PDF olarak gönderebilirim. Bana siparis et işareti firinevi nokta com adresinden yazmanız yeterli.</p>\n<p>Fırın Evi</p>",
   ["BSM308"], "Obfuscated email address written with 'et işareti' and 'nokta'.")

_m(38, "tr-TR", "review-request", "html",
   "Değerlendirmeniz – {O}",
   "<p>Merhaba,</p>\n<p>{O} numaralı siparişinizdeki çay demliğini bir haftadır kullanıyorsunuz. Ürün hakkında görüşlerinizi Amazon'da paylaşırsanız seviniriz.</p>\n<p>Demleme ipuçları için <a href=\"https://www.caydemlik.com.tr/blog/demleme-rehberi\">Çay Demlik demleme rehberimize</a> göz atabilirsiniz.</p>\n<p>Çay Demlik</p>",
   ["BSM302"], "Descriptive https link to the seller's own blog.")

_m(39, "tr-TR", "reply", "html",
   "Ynt: Beden tablosu – {O}",
   "<p>Merhaba,</p>\n<p>{O} numaralı siparişinizdeki montun beden tablosu ürün sayfasında yer alıyor: <a href=\"http://www.amazon.com.tr/dp/B0CTRMONT5\">montun Amazon.com.tr ürün sayfası</a></p>\n<p>Kış Giyim</p>",
   ["BSM301"], "Descriptive link to Amazon over plain http.")

_m(40, "tr-TR", "delivery-delay", "html",
   "Gecikme – {O}",
   "<p>Merhaba,</p>\n<p>{O} numaralı siparişinizdeki bakır tencere seti 17 Aralık'ta gönderilecek; kalaylama işlemi beklenenden uzun sürdü.</p>\n<p><img src=\"https://resim.bakirevi.com.tr/urun/bakir-tencere-seti-5li.jpg\" alt=\"Bakır tencere seti, 5 parça\" width=\"300\" height=\"220\"></p>\n<p>Bakır Evi</p>",
   ["BSM310"], "Image of the purchased product.")

_m(41, "tr-TR", "invoice", "html",
   "Fatura – {O}",
   "<p>Merhaba,</p>\n<p>{O} numaralı siparişinize ait fatura ektedir.</p>\n<p><img src=\"https://resim.kahvedukkani.com.tr/genel/kapadokya-balon.jpg\" alt=\"Kapadokya'da sıcak hava balonları\" width=\"300\" height=\"200\"></p>\n<p>Kahve Dükkanı</p>",
   ["BSM311"], "Unrelated stock image (balloons over Cappadocia) in an invoice.")

_m(42, "tr-TR", "custom-design-verification", "html",
   "Logo baskı onayı – {O}",
   "<p><img src=\"https://m.media-amazon.com/images/S/brand/baskiatolyesi-logo.png\"></p>\n<p>Merhaba,</p>\n<p>{O} numaralı siparişinizdeki tişört baskısının taslağı ektedir. Onaylarsanız baskıya başlayacağız.</p>\n<p>Baskı Atölyesi</p>",
   ["BSM402"], "Shop logo with no alt attribute.")

_m(43, "tr-TR", "delivery-scheduling", "text",
   "Koltuk teslimatı – {O}",
   "Merhaba!\n\n{O} numaralı siparişinizdeki köşe koltuğu 16 Aralık'ta 10:00–13:00 ya da 17 Aralık'ta 14:00–18:00 arasında getirebiliriz 🛋️ Hangisi uygun? 😊\n\nKoltuk Dünyası",
   ["BSM403"], "Emoji in a delivery scheduling message.")

_m(44, "tr-TR", "reply", "text",
   "Ynt: Pil – {O}",
   "Merhaba,\n\nEvet, {O} numaralı siparişinizdeki uzaktan kumandalı arabanın pilleri kutudan çıkıyor, hemen oynayabilirsiniz :D\n\nOyuncak Kutusu",
   ["BSM403"], "Reply with a text emoticon.")

_m(45, "tr-TR", "reply", "html",
   "Ynt: Yıkama talimatı – {O}",
   "<style>\n.baslik { font-size: 22px; }\n.ara { font-size: 17px; }\n.metin { font-size: 13px; }\n.dip { font-size: 9px; }\n</style>\n<p class=\"baslik\">Yıkama talimatı</p>\n<p class=\"ara\">Sipariş {O}</p>\n<p class=\"metin\">Nevresim takımınızı 40 derecede, tersten yıkayın; ağartıcı kullanmayın.</p>\n<p>Selamlar</p>\n<p class=\"dip\">Nevresim Sarayı</p>",
   ["BSM410"], "Four explicit font sizes in a style block.")

_m(46, "tr-TR", "additional-information", "html",
   "Renk seçimi – {O}",
   "<p>Merhaba,</p>\n<p>{O} numaralı siparişinizdeki örgü bere için renk seçmemişsiniz: bordo mu, lacivert mi?</p>\n<p></p>\n<p></p>\n<p>Yanıtınızı bekliyoruz.</p>\n<p>Örgü Sepeti</p>",
   ["BSM412"], "Empty paragraphs between paragraphs.")

_m(47, "tr-TR", "return-follow-up", "text",
   "[Önemli] İadeniz – {O}",
   "Merhaba,\n\n{O} numaralı siparişinizden iade ettiğiniz matkabın aksesuar çantası paketten çıkmadı. İadeyi tamamlayabilmemiz için çantanın ayrı gönderilip gönderilmediğini yazar mısınız?\n\nHırdavat Merkezi",
   ["BSM110"], "[Önemli] on a return follow-up.")

_m(48, "tr-TR", "reply", "html",
   "Ynt: Garanti belgesi – {O}",
   "<p>Merhaba,</p>\n<p>{O} numaralı siparişinizdeki blenderın garanti koşullarını Amazon'daki ürün sayfasında bulabilirsiniz: <a href=\"https://www.amazon.com.tr/dp/B0CTRBLND7\">buraya tıklayın</a>.</p>\n<p>Mutfak Sepeti</p>",
   ["BSM401"], "Amazon link with the text 'buraya tıklayın'.")

# ---------------- varying ----------------
_m(49, "tr-TR", "review-request", "html",
   "Görüşleriniz bizim için değerli – {O}",
   "<p><a href=\"https://www.lavantakoyu.com.tr\"><img src=\"https://m.media-amazon.com/images/S/brand/lavantakoyu-logo.png\" alt=\"Lavanta Köyü logosu\" width=\"150\" height=\"50\"></a></p>\n<p>Merhaba,</p>\n<p>{O} numaralı siparişinizdeki lavanta sabunlarını denediyseniz, Amazon'da dürüst bir ürün değerlendirmesi yazmanızı rica ederiz.</p>\n<p>Lavanta Köyü</p>",
   ["BSM302", "BSM304"], "Shop logo linked to the seller's website.")

_m(50, "tr-TR", "delivery-delay", "html",
   "Gönderim tarihi değişti – {O}",
   "<p><img src=\"http://img.halicilik-ozturk.com.tr/logo-ozturk-halicilik.png\" alt=\"Öztürk Halıcılık logosu\" width=\"150\" height=\"50\"></p>\n<p>Merhaba,</p>\n<p>{O} numaralı siparişinizdeki halı, yıkama ve kurutma işlemleri nedeniyle 18 Aralık'ta gönderilecek.</p>\n<p>Öztürk Halıcılık</p>",
   ["BSM413"], "Shop logo loaded over plain http.")
