"""Turkish (tr) evaluation messages, set v33."""

MESSAGES = []


def _m(typ, fmt, subject, body, oid, expected, note, locale="tr-TR"):
    MESSAGES.append({
        "id": "v33-tr-%03d" % (len(MESSAGES) + 1),
        "language": "tr",
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject,
        "body": body,
        "order_id": oid,
        "expected": expected,
        "note": note,
    })


# 1 clean: delivery delay, text
_m("delivery-delay", "text", "649-3301827-4456190 numaralı siparişinizde gecikme",
"""Merhaba Ayşe Hanım,

649-3301827-4456190 numaralı siparişinizdeki el dokuması kilim, boyahanede beklediğimizden uzun kaldı. Doğal kök boyaların kuruması bu mevsimde biraz daha uzun sürüyor, o yüzden kilimi söz verdiğimiz tarihte yola çıkaramayacağız.

Yeni tahmini gönderim tarihimiz 16 Aralık 2026 Çarşamba. Bir değişiklik olursa size hemen yazacağım.

Anlayışınız için teşekkür ederim, beklettiğimiz için de ayrıca özür dilerim.

Saygılarımla,
Hüseyin Kaya
Kaya Kilim Atölyesi, Uşak""",
"649-3301827-4456190", [], "Clean delivery delay, long and personal, in plain text.")

# 2 clean: delivery delay, html
_m("delivery-delay", "html", "Sipariş 649-7754012-0983316 – yeni gönderim tarihi",
"""<p>Sayın Müşterimiz,</p>
<p><b>649-7754012-0983316</b> numaralı siparişinizdeki oyun bilgisayarı kasası, tedarikçimizden gelen ekran kartının gecikmesi nedeniyle planlanan tarihte gönderilemeyecektir.</p>
<table cellpadding="5" border="1">
<tr><td>Önceki tahmini gönderim</td><td>09.12.2026</td></tr>
<tr><td>Yeni tahmini gönderim</td><td>15.12.2026</td></tr>
</table>
<p>Yaşanan gecikme için özür dileriz.</p>
<p>Saygılarımızla,<br>Müşteri Hizmetleri<br>Pikselci Bilgisayar Ltd. Şti.</p>""",
"649-7754012-0983316", [], "Clean HTML delivery delay with a table of dates.")

# 3 clean: order problem [Önemli]
_m("order-problem", "text", "[Önemli] 649-5520396-1178842 numaralı siparişiniz gönderilemiyor",
"""Merhaba,

üzgünüz, 649-5520396-1178842 numaralı siparişinizdeki Türk kahvesi makinesi depomuzda son kontrol sırasında arızalı çıktı ve elimizde başka ürün kalmadı.

Sipariş tutarının tamamı (2.349,00 TL) Amazon üzerinden "stokta yok" gerekçesiyle düzeltildi. İade, ödeme yönteminize göre birkaç iş günü içinde hesabınıza yansıyacaktır.

Saygılarımızla,
Mutfak Dünyası""",
"649-5520396-1178842", [], "Clean order problem with [Önemli] and a confirmed adjustment.")

# 4 clean: additional information
_m("additional-information", "text", "Sipariş 649-1093374-6625501 için bilgi gerekiyor",
"""Merhaba Emre Bey,

649-1093374-6625501 numaralı siparişinizdeki ahşap kitaplığı ölçüye göre kesebilmemiz için duvar yüksekliğini santimetre olarak öğrenmemiz gerekiyor. Süpürgelik varsa onun yüksekliğini de yazarsanız çok iyi olur.

Bilgi gelince üretime başlayacağız.

İyi günler,
Çınar Mobilya""",
"649-1093374-6625501", [], "Clean request for measurements needed to complete a made-to-measure order.")

# 5 clean: return, partial refund
_m("return-follow-up", "text", "İade talebiniz – 649-8845107-3392264",
"""Merhaba Zeynep Hanım,

649-8845107-3392264 numaralı siparişteki bornoz takımında gönderdiğiniz fotoğrafa baktık; sorun yalnızca kemerin dikişinde görünüyor.

Ürünü geri göndermek istemezseniz size 180,00 TL kısmi iade yapabiliriz, takım sizde kalır. Yine de tam iade tercih ederseniz bu mesaja yanıt vermeniz yeterli, iade etiketini hazırlarız.

Sevgiler,
Pamuk Ev Tekstili""",
"649-8845107-3392264", [], "Clean return follow-up offering a partial refund.")

# 6 clean: return, question
_m("return-follow-up", "text", "649-2260481-7714035 iadesi hakkında bir soru",
"""Merhaba,

649-2260481-7714035 numaralı siparişe ait akıllı saat iadenizi işleme almak istiyoruz, ancak iade kaydında cihazın seri numarası eksik. Kutunun arkasındaki etikette yazan seri numarasını bize iletebilir misiniz? Bu bilgi olmadan iadeyi tamamlayamıyoruz.

Teşekkürler,
Zaman Elektronik""",
"649-2260481-7714035", [], "Clean return follow-up asking for a serial number to complete the return.")

# 7 clean: invoice with Vergi No
_m("invoice", "html", "649-6617730-2208459 numaralı siparişinizin faturası",
"""<p>Merhaba,</p>
<p>649-6617730-2208459 numaralı siparişinize (2 adet ofis masası lambası) ait e-arşiv faturanız ektedir.</p>
<p>Fatura No: FTR/2026/00871<br>Fatura Tarihi: 07.12.2026<br>Toplam (KDV dahil): 1.798,00 TL</p>
<p><small>Işık Aydınlatma San. ve Tic. A.Ş. · Atatürk Cad. No: 48, 35220 Konak/İzmir<br>Vergi Dairesi: Konak · Vergi No: 4810293376 · Mersis No: 0481029337600017</small></p>""",
"649-6617730-2208459", [], "Clean invoice with tax office, Vergi No, Mersis number and a slashed invoice number.")

# 8 clean: neutral review request
_m("review-request", "text", "Siparişiniz 649-9902215-4437718 hakkında görüşünüz",
"""Merhaba,

649-9902215-4437718 numaralı siparişinizle aldığınız zeytinyağlı sabun setini birkaç gündür kullanıyorsunuzdur. Vaktiniz olursa, ürün hakkındaki düşüncelerinizi Amazon'da bir değerlendirme olarak paylaşmanızdan memnuniyet duyarız. Olumlu ya da olumsuz her yorum diğer alıcılara yol gösteriyor.

Selamlar,
Ayvalık Sabunhanesi""",
"649-9902215-4437718", [], "Clean neutral review request in plain text.")

# 9 clean: review request html with logo
_m("review-request", "html", "649-4471603-8820157 – ürün değerlendirmesi",
"""<p><img src="https://cdn.bakirci-usta.com.tr/mail/bakirci-usta-logo.png" alt="Bakırcı Usta logosu" width="150" height="50"></p>
<p>Merhaba Mehmet Bey,</p>
<p>649-4471603-8820157 numaralı siparişinizdeki bakır cezve bir haftadır sizde. Deneyiminizi paylaşmak isterseniz değerlendirme sayfasına buradan ulaşabilirsiniz: <a href="https://www.amazon.com.tr/review/review-your-purchases">Amazon.com.tr'de satın aldığınız ürünü değerlendirin</a>.</p>
<p>Saygılarımızla,<br>Bakırcı Usta</p>""",
"649-4471603-8820157", [], "Clean HTML review request with shop logo and a descriptive Amazon link.")

# 10 clean: delivery scheduling
_m("delivery-scheduling", "text", "Koltuk takımı teslimatı için randevu – 649-0386612-5591470",
"""Merhaba Selin Hanım,

649-0386612-5591470 numaralı siparişinizdeki 3+3+1 koltuk takımı kendi aracımızla ve iki kişilik ekiple teslim edilecek. Uygun olduğunuz zamanı seçmeniz gerekiyor:

- 14 Aralık Pazartesi, 09.00–13.00
- 15 Aralık Salı, 13.00–18.00
- 17 Aralık Perşembe, 09.00–13.00

Ayrıca binada asansör olup olmadığını ve dairenin kaçıncı katta olduğunu yazar mısınız?

İyi çalışmalar,
Lojistik Birimi, Rahat Köşe Mobilya""",
"649-0386612-5591470", [], "Clean scheduling of a bulky sofa delivery with time slots.")

# 11 clean: home service
_m("home-service-appointment", "html", "Klima montajı randevusu – 649-5538841-2276093",
"""<p>Merhaba,</p>
<p>649-5538841-2276093 numaralı siparişinizde yer alan klima montaj hizmeti için teknisyenimiz aşağıdaki saatlerde gelebilir:</p>
<ul>
<li>10 Aralık 2026 Perşembe, 10.00–12.00</li>
<li>11 Aralık 2026 Cuma, 14.00–16.00</li>
<li>12 Aralık 2026 Cumartesi, 09.00–11.00</li>
</ul>
<p>Montaj yaklaşık iki saat sürüyor. Dış ünitenin balkona mı yoksa cepheye mi takılacağını da belirtirseniz ekipmanı ona göre hazırlarız.</p>
<p>Saygılarımızla,<br>Serin Teknik Servis, Ankara</p>""",
"649-5538841-2276093", [], "Clean home-service appointment with three time slots.")

# 12 clean: design proof
_m("custom-design-verification", "text", "Davetiye tasarımınız onayınızı bekliyor – 649-7729054-1105386",
"""Merhaba Elif Hanım,

649-7729054-1105386 numaralı siparişinizdeki düğün davetiyelerinin tasarım taslağını ekte gönderiyoruz. Metin: "Elif & Burak – 20 Haziran 2027, Bursa". Yaldız rengi altın, kâğıt krem rengi 300 gr.

İsimleri, tarihi ve yeri lütfen dikkatle kontrol edin. Onayınızı aldıktan sonra baskıya geçeceğiz; düzeltme varsa bu mesaja yazmanız yeterli.

Güzel günler dileriz,
Mürekkep Davetiye Atölyesi""",
"649-7729054-1105386", [], "Clean custom design verification with an attached invitation proof.")

# 13 clean: door code
_m("fulfillment-question", "text", "Site giriş kodu – 649-2214487-6630925",
"""Merhaba,

kargo firması 649-2214487-6630925 numaralı siparişinizi teslim etmeye çalıştı ancak site girişindeki bariyerden geçemedi (gönderi takip no: 7312 4409 8831, tutanak no: TS-2026/5518).

Site giriş kodunu ya da güvenliğe bırakılmasını isteyip istemediğinizi bize yazabilir misiniz? Bilgiyi bir sonraki teslimat denemesi için kargo firmasına ileteceğiz.

İyi günler,
Organik Bakkal""",
"649-2214487-6630925", [], "Clean gate-code question with reference numbers.")

# 14 clean: reply quoting foreign product title
_m("reply", "text", "Ynt: Beden sorusu – 649-6608139-3347502",
"""Merhaba Can Bey,

649-6608139-3347502 numaralı siparişinizdeki "Alpine Pro Men's Softshell Jacket" modeli dar kalıp. Göğüs çevreniz 104 cm ise L yerine XL bedeni öneririm; kol boyu da o bedende daha rahat oluyor.

Değişim isterseniz Amazon üzerinden iade talebi oluşturup yeni bedeni ayrıca sipariş edebilirsiniz.

Kolay gelsin,
Dağcı Market""",
"649-6608139-3347502", [], "Clean reply quoting an English product title within Turkish sentences.")

# 15 clean: manufacturer warranty line
_m("reply", "text", "Ynt: Süpürge garantisi – 649-1157720-8893014",
"""Merhaba,

649-1157720-8893014 numaralı siparişinizdeki dikey süpürge, üretici garantisi kapsamında 2 yıl garantilidir. Arıza bildirimleri doğrudan üreticinin yetkili servisine yapılmaktadır.

Üreticinin garanti destek hattı (Temizpro Türkiye): 0850 340 27 27, hafta içi 09.00–18.00.

Ararken cihazın altındaki seri numarasını ve faturanızı hazır bulundurmanız işinizi hızlandırır.

Saygılarımızla,
Ev Aletleri Deposu""",
"649-1157720-8893014", [], "Clean reply giving the manufacturer's warranty line, marked as such.")

# 16 clean: reply with company footer
_m("reply", "html", "Ynt: Lokum içeriği – 649-3370268-5514481",
"""<p>Merhaba,</p>
<p>649-3370268-5514481 numaralı siparişinizle ilgili sorunuza yanıt: güllü lokumlarımız jelatin içermez, kıvamını nişastadan alır. Fıstıklı çeşitte Antep fıstığı bulunduğu için alerjisi olanlara önermiyoruz.</p>
<p>Afiyet olsun,<br>Nermin Aksoy</p>
<p><small>Hacı Bekir Zade Şekerleme Gıda Ltd. Şti.<br>Hobyar Mah. Hamidiye Cad. No: 12, 34112 Fatih/İstanbul<br>Vergi Dairesi: Sirkeci · Vergi No: 4560098127<br>Çalışma saatleri: Pazartesi–Cumartesi 09.00–18.00</small></p>""",
"649-3370268-5514481", [], "Clean reply with a company-details footer.")

# 17 clean: reply with return numbers
_m("reply", "text", "Ynt: İade durumu 649-8821593-0067214",
"""Merhaba Burak Bey,

649-8821593-0067214 numaralı siparişinizin iadesini kontrol ettim:

İade kargo takip numarası: 4403 8812 9071
İade kayıt no: IAD-2026-4471
Depomuza ulaşma: 02.12.2026, saat 11.35
İade edilen tutar: 1.149,90 TL (04.12.2026 tarihinde başlatıldı)

Bankanıza bağlı olarak tutarın hesabınıza geçmesi 3–7 iş günü sürebilir.

İyi günler,
Ses Sistemleri Market""",
"649-8821593-0067214", [], "Clean reply with return tracking numbers, dates, times and an amount.")

# 18 BSM201: handed to carrier
_m("fulfillment-question", "text", "Siparişiniz yola çıktı! 649-5509314-2238876",
"""Merhaba,

müjde! 649-5509314-2238876 numaralı siparişinizdeki lego seti bugün öğleden sonra depomuzdan çıktı ve Yurtiçi Kargo'ya teslim edildi. Genellikle 1–3 iş günü içinde elinizde olur.

Selamlar,
Oyuncak Sepeti""",
"649-5509314-2238876", ["BSM201"], "Shipping confirmation: left the warehouse and handed to the carrier.")

# 19 BSM201: received and preparing
_m("additional-information", "html", "Siparişinizi aldık – 649-0062278-9915430",
"""<p>Merhaba,</p>
<p>649-0062278-9915430 numaralı siparişiniz bize ulaştı; baharat paketleriniz şu anda hazırlanıyor ve özenle paketleniyor.</p>
<p>Sevgiyle,<br>Mısır Çarşısı Baharatçısı</p>""",
"649-0062278-9915430", ["BSM201"], "Order confirmation: order received and being prepared.")

# 20 BSM202: thanks only
_m("reply", "text", "Teşekkürler – 649-4415590-6671283",
"""Merhaba,

649-4415590-6671283 numaralı siparişiniz için çok teşekkür ederiz. Bizi tercih ettiğiniz için mutluyuz!

Sevgiler,
Seramik Sokağı""",
"649-4415590-6671283", ["BSM202"], "Thanks-only message.")

# 21 BSM202: only ready to help
_m("fulfillment-question", "html", "649-1183376-4409927",
"""<p>Merhaba,</p>
<p>649-1183376-4409927 numaralı siparişinizle ilgili herhangi bir sorun yaşarsanız, size yardımcı olmak için buradayız.</p>
<p>İyi günler,<br>Oto Yedek Parça Merkezi</p>""",
"649-1183376-4409927", ["BSM202"], "Only an offer to help if a problem comes up.")

# 22 BSM203: P.S. 20 %
_m("additional-information", "text", "Renk seçimi – 649-7703841-5526198",
"""Merhaba Derya Hanım,

649-7703841-5526198 numaralı siparişinizdeki yün atkı için renk seçimi yapılmamış görünüyor. Bordo mu, hardal mı, yoksa lacivert mi istersiniz?

Saygılarımla,
Örgü Evi

Not: Yılbaşına kadar tüm ürünlerimizde %20 indirim var, mağazamıza göz atmayı unutmayın!""",
"649-7703841-5526198", ["BSM203"], "Information request with a 20 % sale in the P.S.")

# 23 BSM203: follow / newsletter / new collection
_m("reply", "text", "Ynt: Yıkama talimatı – 649-2290415-3387761",
"""Merhaba,

649-2290415-3387761 numaralı siparişinizdeki keten gömleği 30 derecede, ters çevirerek yıkamanızı öneririz; kurutma makinesine atmayın.

Bu arada yeni ilkbahar koleksiyonumuz ocakta çıkıyor. Haberdar olmak için bizi Instagram'da takip edebilir, e-bültenimize abone olabilirsiniz.

Selamlar,
Keten Atölye""",
"649-2290415-3387761", ["BSM203"], "Reply plus follow-us, newsletter and new collection.")

# 24 BSM204: small gift after review
_m("review-request", "text", "Küçük bir sürprizimiz var – 649-6654029-1140873",
"""Merhaba Gül Hanım,

649-6654029-1140873 numaralı siparişinizdeki bitki çaylarını beğendiğinizi umuyoruz. Amazon'a yorumunuz yayımlandığında, teşekkür olarak size küçük bir hediye paketi göndermek isteriz.

Sevgiyle,
Şifalı Otlar Dükkanı""",
"649-6654029-1140873", ["BSM204"], "Small gift promised once the review is published.")

# 25 BSM204: full refund once review online
_m("review-request", "html", "Sipariş 649-3327716-8802534",
"""<p>Merhaba,</p>
<p>649-3327716-8802534 numaralı siparişinizdeki kablosuz kulaklık için özel bir teklifimiz var: Amazon'daki yorumunuz yayına girer girmez ödediğiniz tutarın tamamını size iade edeceğiz.</p>
<p>Selamlar,<br>Kulaklıkçı</p>""",
"649-3327716-8802534", ["BSM204"], "Full refund once the review is online.")

# 26 BSM205: change one-star review
_m("reply", "text", "Ynt: Değerlendirmeniz – 649-8890652-2271145",
"""Merhaba Kemal Bey,

649-8890652-2271145 numaralı siparişteki kırık termosun yerine yenisini gönderdik ve sorunun çözüldüğünü yazdınız, çok sevindik.

Madem her şey yoluna girdi, verdiğiniz bir yıldızlı değerlendirmeyi güncellemeniz ya da tamamen kaldırmanız mümkün olur mu?

Saygılarımızla,
Kamp Malzemeleri Evi""",
"649-8890652-2271145", ["BSM205"], "Asks to update or remove a one-star review.")

# 27 BSM206: only if satisfied
_m("review-request", "text", "Memnun kaldıysanız – 649-0517783-6643029",
"""Merhaba,

649-0517783-6643029 numaralı siparişinizdeki nevresim takımından memnun kaldıysanız Amazon'a bir yorum bırakmanız bizi çok mutlu eder. Bir sorun varsa lütfen değerlendirme yazmadan önce bize ulaşın, hemen çözelim.

Saygılarımızla,
Uyku Tekstil""",
"649-0517783-6643029", ["BSM206"], "Review only if satisfied; unhappy buyers steered to the seller.")

# 28 BSM206: five stars
_m("review-request", "text", "649-2245108-7719364",
"""Merhaba Ahmet Bey,

küçük bir aile işletmesiyiz ve her beş yıldız bizim için çok değerli. Satın aldığınız bahçe makasını (sipariş 649-2245108-7719364) Amazon'da beş yıldızla değerlendirirseniz çok seviniriz.

İyi günler,
Bahçe Aletleri Kardeşler""",
"649-2245108-7719364", ["BSM206"], "Asks for a five-star rating.")

# 29 BSM108: cancel yourself (with adjustment)
_m("order-problem", "text", "Stok sorunu – 649-4473120-0058817",
"""Merhaba,

649-4473120-0058817 numaralı siparişinizdeki bebek arabası maalesef stokta kalmadı. Sipariş tutarını "stokta yok" gerekçesiyle düzelttik.

En hızlı çözüm, "Siparişlerim" sayfasından siparişi kendiniz iptal etmeniz olacaktır; böylece kayıt hemen kapanır.

Özür dileriz,
Minik Adımlar Bebe""",
"649-4473120-0058817", ["BSM108"], "Advises the buyer to cancel herself although the amount was adjusted.")

# 30 BSM107 + BSM108
_m("order-problem", "html", "649-9026634-3316782 numaralı sipariş hakkında",
"""<p>Sayın Müşterimiz,</p>
<p>649-9026634-3316782 numaralı siparişinizdeki döküm tencere setini tedarik edemiyoruz, depomuzda da kalmadı.</p>
<p>Amazon hesabınız üzerinden bir iptal talebi oluşturursanız çok memnun oluruz.</p>
<p>Saygılarımızla,<br>Döküm Mutfak</p>""",
"649-9026634-3316782", ["BSM107", "BSM108"], "Asks for a cancellation request without confirming an adjustment.")

# 31 BSM305: opt-out
_m("review-request", "text", "Görüşünüzü merak ediyoruz – 649-5581297-2264403",
"""Merhaba,

649-5581297-2264403 numaralı siparişinizdeki masa oyununu nasıl buldunuz? Dilerseniz Amazon'da bir değerlendirme yazabilirsiniz.

Bizden artık mesaj almak istemiyorsanız bu mesaja "İPTAL" yazarak yanıt verin, listemizden çıkaralım.

Selamlar,
Zar ve Kart Oyunları""",
"649-5581297-2264403", ["BSM305"], "Neutral review request with a reply-to-opt-out instruction.")

# 32 BSM306: profanity
_m("delivery-delay", "text", "Gecikme – 649-0934481-7729356",
"""Merhaba,

649-0934481-7729356 numaralı siparişiniz gecikecek. Bu lanet olası tedarikçi yine işi batırdı, siktir git dedim ama parçalar hâlâ gelmedi. 15 Aralık'ta göndermeye çalışacağız.

Levent
Motor Parça Dünyası""",
"649-0934481-7729356", ["BSM306"], "Delivery delay with Turkish profanity.")

# 33 BSM104: other language
_m("reply", "text", "Re: Order 649-6170052-8841197",
"""Bonjour,

Concernant votre commande 649-6170052-8841197 : la housse de couette est en coton percale 80 fils/cm² et se lave à 60 °C. Elle ne rétrécit pas au lavage.

Cordialement,
Maison Textile""",
"649-6170052-8841197", ["BSM104"], "Reply to a tr-TR buyer written entirely in French.")

# 34 BSM309: national
_m("delivery-scheduling", "text", "Buzdolabı teslimatı – 649-3396615-5502280",
"""Merhaba Hakan Bey,

649-3396615-5502280 numaralı siparişinizdeki buzdolabının teslim gününü ayarlamak için şoförümüz Murat Bey'i 0532 418 76 09 numarasından arayabilirsiniz.

İyi günler,
Beyaz Eşya Noktası""",
"649-3396615-5502280", ["BSM309"], "Seller's driver's mobile number in national format.")

# 35 BSM309: international
_m("custom-design-verification", "html", "Tasarım onayı – 649-7748203-1195561",
"""<p>Merhaba,</p>
<p>649-7748203-1195561 numaralı siparişinizdeki isimli kolye için tasarım taslağı ekte. Değişiklik isterseniz WhatsApp hattımıza yazabilirsiniz: <b>+90 212 555 38 14</b>.</p>
<p>Sevgiler,<br>Gümüş İşleme Evi</p>""",
"649-7748203-1195561", ["BSM309"], "Seller's phone number in international format.")

# 36 BSM308: plain address
_m("return-follow-up", "text", "İade için fotoğraf – 649-1802259-6638814",
"""Merhaba,

649-1802259-6638814 numaralı siparişinizdeki kırık vazonun iadesini tamamlayabilmemiz için hasarın fotoğrafına ihtiyacımız var. Fotoğrafları iade@camevi-sanat.com.tr adresine gönderebilirsiniz.

Teşekkürler,
Camevi Sanat""",
"649-1802259-6638814", ["BSM308"], "Plain e-mail address in a return follow-up.")

# 37 BSM308: obfuscated
_m("reply", "text", "Ynt: Kullanım kılavuzu – 649-4417736-9920348",
"""Merhaba,

649-4417736-9920348 numaralı siparişinizdeki dikiş makinesinin Türkçe kılavuzunu PDF olarak gönderebiliriz. Bize destek (et) dikisdunyasi (nokta) com adresinden yazmanız yeterli.

Kolay gelsin,
Dikiş Dünyası""",
"649-4417736-9920348", ["BSM308"], "E-mail address obfuscated with '(et)' and '(nokta)'.")

# 38 BSM302: https to seller site
_m("reply", "html", "Ynt: Montaj videosu – 649-2231468-0076653",
"""<p>Merhaba,</p>
<p>649-2231468-0076653 numaralı siparişinizdeki ranzanın kurulumunu adım adım gösteren videoyu sitemize yükledik: <a href="https://www.genckodasi.com.tr/montaj/ranza-r200">Genç Odası ranza R200 montaj videosu</a>.</p>
<p>İyi çalışmalar,<br>Genç Odası Mobilya</p>""",
"649-2231468-0076653", ["BSM302"], "https link with descriptive text to the seller's site.")

# 39 BSM301: http amazon
_m("review-request", "html", "Değerlendirme – 649-8805517-3342906",
"""<p>Merhaba,</p>
<p>649-8805517-3342906 numaralı siparişinizdeki çaydanlık hakkında yorum yapmak isterseniz: <a href="http://www.amazon.com.tr/review/create-review?asin=B0DK44TR2C">çaydanlık için Amazon.com.tr değerlendirme formu</a>.</p>
<p>Selamlar,<br>Çaycı Dükkanı</p>""",
"649-8805517-3342906", ["BSM301"], "Insecure http link to Amazon.")

# 40 BSM310: product image
_m("additional-information", "html", "Kolye zinciri uzunluğu – 649-6629041-5517732",
"""<p>Merhaba,</p>
<p>649-6629041-5517732 numaralı siparişinizdeki nazar boncuklu gümüş kolye için zincir uzunluğunu seçmediniz: 40 cm mi, 45 cm mi olsun?</p>
<p><img src="https://img.gumusatolye.com.tr/urun/nazar-boncuklu-gumus-kolye.jpg" alt="Nazar boncuklu gümüş kolye" width="220" height="220"></p>
<p>Sevgiler,<br>Gümüş Atölye</p>""",
"649-6629041-5517732", ["BSM310"], "Information request showing a photo of the purchased necklace.")

# 41 BSM311: unrelated image
_m("review-request", "html", "Yorumunuz bizim için önemli – 649-0048826-4473190",
"""<p><img src="https://cdn.kitapkurdu.com.tr/mail/kapadokya-balon.jpg" alt="Kapadokya'da sıcak hava balonları" width="300" height="200"></p>
<p>Merhaba,</p>
<p>649-0048826-4473190 numaralı siparişinizdeki romanı okuduysanız, dilerseniz Amazon'da düşüncelerinizi paylaşabilirsiniz.</p>
<p>Selamlar,<br>Kitap Kurdu Sahaf</p>""",
"649-0048826-4473190", ["BSM311"], "Unrelated stock image of balloons.")

# 42 BSM402: missing alt
_m("delivery-delay", "html", "Gecikme bildirimi – 649-3375590-8826014",
"""<p><img src="https://static.bisikletci.com.tr/logo-bisikletci.png" width="140" height="45"></p>
<p>Merhaba,</p>
<p>649-3375590-8826014 numaralı siparişinizdeki bisiklet kaskı 14 Aralık'ta gönderilecek; tedarikçiden gelen parti gecikti.</p>
<p>Saygılarımızla,<br>Bisikletçi</p>""",
"649-3375590-8826014", ["BSM402"], "Shop logo without an alt attribute.")

# 43 BSM403: emoji
_m("home-service-appointment", "text", "Kurulum randevusu 649-5562217-0093385",
"""Merhaba 👋

649-5562217-0093385 numaralı siparişinizdeki çamaşır makinesinin kurulumu için teknisyenimiz 11 Aralık Cuma 10.00–12.00 arasında gelebilir. Uygun mu? 🛠️

Selamlar,
Beyaz Servis""",
"649-5562217-0093385", ["BSM403"], "Home-service appointment with emoji.")

# 44 BSM403: emoticon
_m("reply", "text", "Ynt: Hediye paketi – 649-1140093-6627718",
"""Merhaba,

evet, 649-1140093-6627718 numaralı siparişinizdeki parfümü hediye paketiyle gönderebiliyoruz, ek ücret yok :D

Selamlar,
Koku Butik""",
"649-1140093-6627718", ["BSM403"], "Reply with a text emoticon.")

# 45 BSM410: four sizes
_m("return-follow-up", "html", "İade bilgisi – 649-7716605-2248839",
"""<style>
.baslik { font-size: 21px; }
.metin { font-size: 15px; }
.not { font-size: 12px; }
.imza { font-size: 10px; }
</style>
<p class="baslik">İadeniz hakkında</p>
<p class="metin">649-7716605-2248839 numaralı siparişinizdeki spor ayakkabının iadesini tamamlamak için ürünün hangi sebeple iade edildiğini (beden, renk, kusur) belirtmeniz gerekiyor.</p>
<p class="not">Bu mesaja yanıt vermeniz yeterli.</p>
<p class="imza">Koşu Dükkanı</p>""",
"649-7716605-2248839", ["BSM410"], "Four explicit font sizes in a style block.")

# 46 BSM412: blank lines
_m("delivery-scheduling", "text", "Gardırop teslimatı – 649-2257719-9904461",
"""Merhaba,

649-2257719-9904461 numaralı siparişinizdeki gardırop 16 Aralık Çarşamba günü 09.00–13.00 ya da 13.00–17.00 arasında teslim edilebilir.



Hangi aralık size uygun?


İyi günler,
Ahşap Dünyası""",
"649-2257719-9904461", ["BSM412"], "Runs of blank lines in plain text.")

# 47 BSM110: [Önemli] on a return follow-up
_m("return-follow-up", "text", "[ÖNEMLİ] İade – 649-4409372-1153368",
"""Merhaba,

649-4409372-1153368 numaralı siparişinizin iadesini tamamlamak için ürünün orijinal kutusunun da gönderilip gönderilmediğini öğrenmemiz gerekiyor.

Saygılarımızla,
Fotoğraf Dükkanı""",
"649-4409372-1153368", ["BSM110"], "[ÖNEMLİ] in the subject of a return follow-up.")

# 48 BSM401: bare URL
_m("reply", "text", "Ynt: Uyumluluk – 649-8863310-7725094",
"""Merhaba,

649-8863310-7725094 numaralı siparişinizdeki şarj kablosu USB-C girişli tüm telefonlarla uyumludur. Teknik özellikler ürün sayfasında: https://www.amazon.com.tr/dp/B0CT8W2LQ5

İyi günler,
Kablo Merkezi""",
"649-8863310-7725094", ["BSM401"], "Bare URL as link text in a plain-text reply.")

# 49 vary: greeting in Turkish, body in English
_m("delivery-delay", "text", "649-5529087-3360172 numaralı sipariş",
"""Merhaba,

Unfortunately the leather wallet from order 649-5529087-3360172 will be dispatched later than planned. Our supplier delayed the delivery of the leather, so we now expect to ship it on 15 December 2026. We apologise for the delay.

Saygılarımızla,
Deri Sanat""",
"649-5529087-3360172", ["BSM104"], "Greeting and signature in Turkish, body paragraph in English.")

# 50 vary: wide margins
_m("additional-information", "html", "Teslimat adresi – 649-0371148-4486025",
"""<div style="padding: 0 140px;">
<p>Merhaba,</p>
<p>649-0371148-4486025 numaralı siparişinizin teslimat adresinde daire numarası eksik görünüyor. Kuryenin paketi teslim edebilmesi için daire numaranızı yazar mısınız?</p>
<p>İyi günler,<br>Doğal Kozmetik Evi</p>
</div>""",
"649-0371148-4486025", ["BSM405"], "140 px side padding, over 20 % of the width.")
