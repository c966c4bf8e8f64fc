"""Clean Turkish messages, part A: delivery delays, order problems, information requests,
return follow-ups."""
from common import C

MSGS = [
    # ---- delivery delay, text -------------------------------------------------------------
    C("delivery-delay", "text", "Siparişiniz {O} hakkında: gönderim tarihi",
      """
      Merhaba Ayşe Hanım,

      {O} numaralı siparişinizdeki el yapımı seramik kupa setinin sırlama işlemi beklediğimizden uzun sürdü. Setinizi 18 Aralık 2026 tarihinde kargoya vermeyi planlıyoruz.

      Bu gecikme için özür dileriz. Tarih yeniden değişirse size ayrıca yazacağız.

      Saygılarımızla,
      Anadolu Seramik
      """,
      "Short delivery-delay notice with a future ship date."),
    C("delivery-delay", "text", "Gönderim gecikmesi - sipariş {O}",
      """
      Sayın Müşterimiz,

      Sipariş ettiğiniz 4 kişilik nevresim takımı, tedarikçimizin kumaş sevkiyatındaki aksaklık nedeniyle ilan edilen sürede gönderilemeyecek. Yeni partinin 11 Aralık'ta depomuza ulaşması bekleniyor; siparişinizi en geç 14 Aralık'ta kargoya vereceğiz.

      Sabrınız için teşekkür ederiz.

      İyi günler dileriz,
      Ege Tekstil Ev
      Müşteri Hizmetleri
      """,
      "Delivery delay caused by a supplier, with thanks for patience inside a substantive message."),
    C("delivery-delay", "text", "{O} - teslimat süresi uzayacak",
      """
      Merhaba,

      {O} numaralı siparişinizdeki masa lambası üretici tarafından geç teslim edildi. Ürününüz 9 Aralık yerine 16 Aralık'ta gönderilecek, tahmini teslimat 18-19 Aralık.

      Anlayışınız için teşekkürler.
      Deniz Aydınlatma
      """,
      "Very short delay notice with old and new dates."),
    C("delivery-delay", "text", "Sipariş {O}: yeni gönderim tarihi",
      """
      Merhaba Mehmet Bey,

      Siparişinizdeki "Kuzey Trek 45 L" sırt çantası için beklediğimiz stok girişi
      gümrük işlemleri nedeniyle gecikti. Çantanızı 21 Aralık 2026 Pazartesi günü
      kargoya verebileceğimizi öngörüyoruz.

      Gecikme için kusura bakmayın. Tarih yeniden değişirse sizi hemen bilgilendireceğiz.

      Saygılarımızla,
      Burak Şahin
      Kuzey Outdoor
      """,
      "Delay notice with hard-wrapped lines, a product name in quotes and a personal signature."),
    C("delivery-delay", "text", "Bilgilendirme: {O} numaralı siparişin gönderimi",
      """
      Değerli müşterimiz,

      Siparişinizdeki ürünler iki ayrı parça halinde gönderilecek:

      - Çay bardağı seti (6 adet): 10 Aralık'ta kargoya verilecek
      - Gümüş kaplama tepsi: tedarikçiden gelişi geciktiği için 17 Aralık'ta kargoya verilecek

      Ek bir kargo ücreti ödemeyeceksiniz. Gecikme için özür dileriz.

      Kristal Cam Müşteri Hizmetleri
      """,
      "Split-shipment delay with a bullet list of future ship dates; no confirmation of a past shipment."),
    C("delivery-delay", "text", "Siparişiniz ({O}) için gecikme bildirimi",
      """
      İyi günler,

      Yoğun sezon nedeniyle atölyemizdeki üretim sırası uzadı. Siparişinizdeki kişiye özel deri cüzdan 15 Aralık yerine 22 Aralık 2026'da kargoya verilecek.

      Siparişiniz ve sabrınız için teşekkür ederiz. Sorunuz olursa bu mesaja yanıt verebilirsiniz.

      Sevgiler,
      Gizem
      Lale Deri Atölyesi
      """,
      "Delay notice with thanks and an offer to help inside a substantive message, signed 'Sevgiler'."),
    C("delivery-delay", "text", "Gecikme - {O}",
      """
      Merhaba Elif Hanım, yağışlar nedeniyle fidanlarımızın sökümü bir hafta ertelendi. Limon fidanınızı 12 Aralık'ta değil 19 Aralık'ta göndereceğiz. Bilginize sunarız.

      Toros Bahçe
      """,
      "One-paragraph delay notice from a plant nursery."),
    # ---- delivery delay, HTML -------------------------------------------------------------
    C("delivery-delay", "html", "Siparişiniz {O}: gönderim tarihi değişti",
      """
      <p>Merhaba Zeynep Hanım,</p>
      <p><strong>{O}</strong> numaralı siparişinizdeki kahve makinesi için beklediğimiz sevkiyat limanda bekletiliyor. Ürününüzü <strong>17 Aralık 2026</strong> tarihinde kargoya vermeyi planlıyoruz.</p>
      <p>Siparişinizin güncel durumunu <a href="https://www.amazon.com.tr/gp/css/order-history">Amazon.com.tr'deki Siparişlerim sayfasında</a> görebilirsiniz.</p>
      <p>Anlayışınız için teşekkür ederiz.<br>Yıldız Elektronik</p>
      """,
      "Hand-written HTML delay notice with bold dates and a descriptive https Amazon link."),
    C("delivery-delay", "html", "Gönderim gecikmesi hakkında bilgilendirme - {O}",
      """
      <table role="presentation" width="100%" cellpadding="0" cellspacing="0">
        <tr>
          <td style="padding:16px">
            <p>Sayın Müşterimiz,</p>
            <p>Sipariş numaranız: {O}</p>
            <p>Sipariş ettiğiniz <strong>Kapadokya desenli yolluk (80 x 300 cm)</strong> dokuma tezgâhındaki bir arıza nedeniyle planlanan tarihte tamamlanamadı.</p>
            <ul>
              <li>Eski gönderim tarihi: 8 Aralık 2026</li>
              <li>Yeni gönderim tarihi: 15 Aralık 2026</li>
            </ul>
            <p>Gecikme için özür dileriz.</p>
            <p>Saygılarımızla,<br>Kapadokya Halı<br>Müşteri Hizmetleri</p>
          </td>
        </tr>
      </table>
      """,
      "Builder-style table HTML with small padding and a date list; sets no font, colour, line height or alignment."),
    C("delivery-delay", "html", "{O} numaralı sipariş - gecikme",
      """
      <div>
      <p>Merhaba Murat Bey,</p>
      <p>Siparişinizdeki matkap ucu setinin üreticiden gelişi gecikti. Setinizi 14 Aralık'ta kargoya vereceğiz; tahmini teslimat tarihi 16 Aralık'tır.</p>
      <p>Teşekkürler,<br>Hisar Hırdavat</p>
      </div>
      """,
      "Short div-wrapped HTML delay notice."),
    C("delivery-delay", "html", "Siparişiniz {O} - yeni tarih",
      """
      <p>Merhaba,</p>
      <p>{O} numaralı siparişinizdeki kitaplardan <em>"Anadolu Mutfağı: 100 Tarif"</em> yayınevinde yeniden basıma girdi. Diğer kitaplarınızı bekletmeden birlikte göndermek için siparişinizin tamamını 20 Aralık 2026'da kargoya vermeyi planlıyoruz.</p>
      <p>Bu tarihten önce teslim almak istediğiniz bir kitap varsa yanıt olarak yazmanız yeterli.</p>
      <p>Nur Kitabevi<br><small>Müşteri Hizmetleri</small></p>
      """,
      "HTML delay notice with italics and a small-text signature line (two font sizes)."),
    C("delivery-delay", "html", "Teslimat gecikmesi: {O}",
      """
      <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
      <tr><td style="padding:12px 16px">
      <p>Değerli müşterimiz,</p>
      <p>Siparişinizdeki <strong>çocuk bisikleti (16 jant)</strong> montaj kontrolünden geçemedi; yedek parça bekliyoruz. Bisikletinizi 19 Aralık 2026 Cumartesi günü kargoya vermeyi hedefliyoruz.</p>
      <p>Sabrınız için teşekkür ederiz.</p>
      <p>Efe Oyuncak<br>Müşteri Hizmetleri Ekibi</p>
      </td></tr>
      </table>
      """,
      "Builder table HTML delay notice with 12/16 px padding."),
    C("delivery-delay", "html", "Siparişiniz {O} hakkında",
      """
      <p>Merhaba Selin Hanım,</p>
      <p>Sipariş ettiğiniz pamuklu havlu setinin bordo rengi için boyahanedeki üretim bir hafta gecikti.</p>
      <p>Yeni planımız şöyle:</p>
      <ol>
      <li>Üretimin tamamlanması: 12 Aralık 2026</li>
      <li>Kargoya verilme: 14 Aralık 2026</li>
      <li>Tahmini teslimat: 15-16 Aralık 2026</li>
      </ol>
      <p>İyi günler dileriz,<br>Pamukkale Havlu</p>
      """,
      "HTML delay notice with an ordered list of future dates."),
    # ---- order problem, amount adjusted ----------------------------------------------------
    C("order-problem", "text", "[Önemli] Siparişiniz {O} gönderilemiyor",
      """
      Merhaba Hakan Bey,

      Üzülerek bildiririz ki {O} numaralı siparişinizdeki 55 inç televizyon duvar askı aparatının stoğu tükendi ve ürünü gönderemiyoruz.

      Sipariş tutarının tamamı olan 649,90 TL'yi stok yetersizliği (NoInventory) nedeniyle iade ettik. Tutar, bankanıza bağlı olarak birkaç iş günü içinde hesabınıza yansıyacaktır.

      Yaşattığımız aksaklık için özür dileriz.

      Yıldız Elektronik
      """,
      "Order problem with [Önemli] in the subject and the full amount adjusted for NoInventory."),
    C("order-problem", "text", "[ÖNEMLİ] Sipariş {O} - ürün gönderilemiyor",
      """
      Sayın Müşterimiz,

      Siparişinizdeki fincan takımı depomuzda yapılan kontrolde kırık çıktı ve yerine gönderebileceğimiz başka ürün kalmadı.

      Bu nedenle sipariş tutarını (389,00 TL) "gönderilemedi" gerekçesiyle tam olarak düzelttik; ödemeniz iade edildi.

      Anlayışınız için teşekkür ederiz.
      Kristal Cam
      """,
      "Order problem with upper-case [ÖNEMLİ] subject; amount adjusted as could-not-ship."),
    C("order-problem", "text", "Siparişiniz {O}: stok sorunu ve iade",
      """
      Merhaba,

      Siparişinizdeki kamp sandalyesini maalesef gönderemiyoruz; son ürün sayım farkı nedeniyle stokta görünmüş.

      Sipariş tutarınızın tamamı stok yetersizliği nedeniyle iade edildi. Ek bir işlem yapmanıza gerek yok.

      Özür dileriz,
      Kuzey Outdoor
      """,
      "Order problem without the [Önemli] tag; confirms the full amount was refunded for lack of stock."),
    C("order-problem", "html", "[Önemli] {O} numaralı siparişiniz",
      """
      <p>Merhaba Derya Hanım,</p>
      <p>Siparişinizdeki <strong>el boyaması çini tabak (30 cm)</strong> fırınlama sırasında çatladı ve aynı desende başka tabağımız bulunmuyor.</p>
      <p>Sipariş tutarının tamamını (1.150,00 TL) ürünü gönderemediğimiz için iade ettik. İade, ödeme yönteminize göre 3-5 iş günü içinde görünecektir.</p>
      <p>Saygılarımızla,<br>Mavi Çini Atölyesi</p>
      """,
      "HTML order problem with [Önemli]; amount adjusted, reason could-not-ship."),
    C("order-problem", "text", "[Önemli] Sipariş {O} iptal edildi: ürün tükendi",
      """
      Sayın Oğuz Kılıç,

      {O} numaralı siparişinizdeki koşu ayakkabısının 43 numarası tükendiği için siparişinizi gönderemiyoruz. Sipariş tutarını stok yokluğu gerekçesiyle tamamen iade ettik.

      Atlas Spor Müşteri Hizmetleri
      """,
      "Order problem where the seller itself cancelled and refunded; the buyer is not asked to cancel."),
    C("order-problem", "text", "[Önemli] {O} - siparişiniz hakkında",
      """
      Merhaba Cansu Hanım,

      Siparişinizdeki iki üründen "Safran Mutfak döküm tencere 24 cm" stokta kalmadığı için gönderilemeyecek. Bu ürünün bedeli olan 1.299,00 TL'yi stok yetersizliği nedeniyle iade ettik. Siparişinizdeki ahşap servis tahtası ise planlandığı gibi gönderilecek.

      Yaşanan aksaklık için özür dileriz.

      Saygılarımızla,
      Safran Mutfak
      """,
      "Partial order problem: the missing item's amount adjusted, the rest still to ship."),
    # ---- request for information ----------------------------------------------------------
    C("additional-information", "text", "Siparişiniz {O} için bilgi gerekli",
      """
      Merhaba,

      Siparişinizdeki kişiye özel kapı isimliğine hangi ismin yazılmasını istediğinizi sipariş notunda göremedik. Yazdırmak istediğiniz metni (en fazla 20 karakter) bu mesaja yanıt olarak iletebilir misiniz?

      Bilgi bize ulaştığında üretime başlayacağız.

      Teşekkürler,
      Lale Baskı Atölyesi
      """,
      "Asks for the text of a personalised item, needed to complete the order."),
    C("additional-information", "text", "{O} - beden onayı",
      """
      Merhaba Emre Bey,

      Siparişinizde "XL" beden seçili, ancak sipariş notunuzda "bir beden küçük" yazıyor. Hangi bedeni göndermemizi istersiniz: XL mi, L mi?

      Yanıtınızı aldıktan sonra siparişinizi göndereceğiz.

      Atlas Spor
      """,
      "Short size confirmation request resolving a contradiction in the order."),
    C("additional-information", "text", "Sipariş {O}: teslimat adresi eksik",
      """
      Sayın Müşterimiz,

      Siparişinizdeki teslimat adresinde bina numarası ve daire numarası yer almıyor. Kargo firması eksik adreslere teslimat yapamadığı için bu bilgileri yanıt olarak yazmanızı rica ederiz.

      Örnek: Menekşe Sokak No: 14, Daire: 7

      Saygılarımızla,
      Ege Tekstil Ev Müşteri Hizmetleri
      """,
      "Asks for the missing building and flat number, with an example address line."),
    C("additional-information", "html", "Siparişiniz {O}: renk seçimi",
      """
      <p>Merhaba,</p>
      <p>Siparişinizdeki kadife koltuk kılıfı için iki renk seçeneği işaretlenmiş görünüyor: <strong>zümrüt yeşili</strong> ve <strong>hardal sarısı</strong>. Hangisini göndermemizi istediğinizi yazabilir misiniz?</p>
      <p>Teşekkür ederiz,<br>Boğaziçi Mobilya</p>
      """,
      "HTML colour-choice question; colour names in the text are not a text colour."),
    C("additional-information", "text", "{O} numaralı sipariş - kurumsal fatura bilgisi",
      """
      Merhaba,

      Siparişinizde kurumsal fatura istediğinizi belirtmişsiniz. Faturayı düzenleyebilmemiz için şirket unvanını, vergi dairesini ve vergi numarasını yazabilir misiniz?

      Bilgiler ulaşmadan faturayı bireysel olarak düzenlemek zorunda kalacağız.

      İyi çalışmalar,
      Gökkuşağı Kırtasiye
      """,
      "Asks for company invoice details needed for the order."),
    C("additional-information", "text", "Gravür metni - {O}",
      """
      Merhaba Merve Hanım, siparişinizdeki gümüş bileziğe yazılacak tarihi "12.06.2021" olarak mı yoksa "12 Haziran 2021" olarak mı yazalım? Yanıtınıza göre gravürü hazırlayacağız.

      Sevgiler,
      Derya - Gümüşçü Derya
      """,
      "Very short engraving-format question with two date formats."),
    # ---- return follow-up: partial refund ---------------------------------------------------
    C("return-follow-up", "text", "İade talebiniz - sipariş {O}",
      """
      Merhaba Tolga Bey,

      İade talebinizi inceledik. Anlattığınız kadarıyla mont fermuarının çekme ucu kırılmış, ancak montun kendisi sağlam.

      İsterseniz ürünü iade etmek yerine elinizde tutabilirsiniz; bu durumda size 250,00 TL kısmi iade yapabiliriz. Tam iadeyi tercih ederseniz iade süreciniz olduğu gibi devam eder.

      Hangi seçeneği tercih ettiğinizi yazmanız yeterli.

      Kuzey Outdoor Müşteri Hizmetleri
      """,
      "Return follow-up offering a partial refund as an alternative to a full return."),
    C("return-follow-up", "text", "{O} - iade hakkında kısmi iade önerisi",
      """
      Sayın Müşterimiz,

      Geri gönderdiğiniz nevresim takımının ambalajı açılmış ve bir kez yıkanmış olarak ulaştı. Ürünü yeniden satışa sunamadığımız için sipariş tutarı olan 899,00 TL'nin 720,00 TL'sini iade etmeyi öneriyoruz.

      Bu öneriyi kabul ediyorsanız yanıt vermeniz yeterli; itirazınız varsa gerekçenizi yazabilirsiniz.

      Saygılarımızla,
      Ege Tekstil Ev
      """,
      "Partial refund offer for a used returned item, with amounts."),
    C("return-follow-up", "html", "Siparişiniz {O}: iade seçenekleri",
      """
      <p>Merhaba Büşra Hanım,</p>
      <p>Kırık geldiğini bildirdiğiniz 6'lı tabak setinden yalnızca bir tabak hasarlıymış. İki seçenek sunabiliriz:</p>
      <ul>
      <li>Seti elinizde tutmanız karşılığında <strong>180,00 TL kısmi iade</strong></li>
      <li>Setin tamamını geri göndermeniz ve tam iade almanız</li>
      </ul>
      <p>Tercihinizi bu mesaja yanıt olarak yazabilirsiniz.</p>
      <p>Anadolu Seramik<br>Müşteri Hizmetleri</p>
      """,
      "HTML return follow-up with a partial refund option in a bullet list."),
    C("return-follow-up", "text", "İade {O} - kısmi iade",
      """
      Merhaba,

      Kitap setinizin bir cildinde baskı hatası olduğunu yazmışsınız. Seti iade etmenize gerek yok: hatalı cildin bedeli olan 95,00 TL'yi kısmi iade olarak yapmayı öneriyoruz. Uygun görürseniz onayınızı bekliyoruz.

      Nur Kitabevi
      """,
      "Short partial refund offer for a misprinted volume."),
    C("return-follow-up", "text", "Sipariş {O} iadesi hakkında",
      """
      İyi günler Serkan Bey,

      İade ettiğiniz kulaklık elimize ulaştı; kutusunda şarj kablosu eksik. Kablonun bedelini düşerek 1.050,00 TL yerine 990,00 TL iade etmeyi öneriyoruz. Kabloyu ayrıca gönderirseniz tam iade yaparız.

      Hangisini tercih ettiğinizi yazabilir misiniz?

      Saygılarımızla,
      Yıldız Elektronik
      """,
      "Partial refund offer because a cable is missing from the return, with an alternative."),
    C("return-follow-up", "text", "{O} - iade talebiniz",
      """
      Merhaba Ece Hanım,

      Kırmızı şarap kadehlerinden ikisinin çizik geldiğini bildirdiniz, teşekkür ederiz. Kadehleri geri göndermek zahmetli olacağından, sipariş tutarının yüzde 30'u olan 135,00 TL'yi kısmi iade olarak yapabiliriz.

      Onaylarsanız iadeyi aynı gün başlatacağız.

      Kristal Cam
      """,
      "Partial refund offer as a percentage and an amount; 'kırmızı' is a product description, not a font colour."),
    # ---- return follow-up: question -------------------------------------------------------
    C("return-follow-up", "text", "İade talebiniz için bir sorumuz var - {O}",
      """
      Merhaba,

      İade talebinizde ürünün "çalışmadığını" belirtmişsiniz. İadeyi doğru şekilde tamamlayabilmemiz için cihazın hiç açılmadığını mı, yoksa açılıp kısa süre sonra kapandığını mı yazabilir misiniz?

      Teşekkürler,
      Yıldız Elektronik Müşteri Hizmetleri
      """,
      "Return follow-up asking for fault details needed to complete the return."),
    C("return-follow-up", "text", "Sipariş {O}: iade için seri numarası",
      """
      Sayın Müşterimiz,

      İade sürecini tamamlayabilmemiz için matkabın alt kısmındaki etikette yer alan seri numarasını yazmanızı rica ederiz. Seri numarası "SN" ile başlar ve 12 karakterden oluşur.

      Hisar Hırdavat
      """,
      "Return follow-up asking for a serial number."),
    C("return-follow-up", "html", "{O} - iade: hangi ürün?",
      """
      <p>Merhaba Can Bey,</p>
      <p>Siparişinizde üç farklı renk kalem seti bulunuyor, iade talebinizde ise hangisinin iade edileceği yazmıyor. İadeyi tamamlayabilmemiz için iade etmek istediğiniz seti belirtebilir misiniz?</p>
      <ul>
      <li>Pastel tonlar (24'lü)</li>
      <li>Metalik tonlar (12'li)</li>
      <li>Neon tonlar (12'li)</li>
      </ul>
      <p>Gökkuşağı Kırtasiye</p>
      """,
      "HTML return question listing the items so the buyer can say which one is returned."),
    C("return-follow-up", "text", "İade - {O}",
      """
      Merhaba İbrahim Bey, iade etmek istediğiniz halı kargo firmasının ölçü sınırını aşıyor. İade için halıyı rulo halinde mi yoksa katlanmış olarak mı göndereceğinizi yazar mısınız? Rulo gönderimde farklı bir taşıyıcı ayarlamamız gerekiyor.

      Kapadokya Halı
      """,
      "Return follow-up asking how a bulky rug will be packed, needed to arrange the return."),
    C("return-follow-up", "text", "Sipariş {O} iadesi: fotoğraf rica ediyoruz",
      """
      Merhaba,

      Saksının kırık geldiğini bildirmişsiniz, çok üzüldük. İade kaydını tamamlayabilmemiz ve kargo firmasına hasar bildirimi yapabilmemiz için kırık saksının ve kutunun birer fotoğrafını bu mesaja ek olarak gönderebilir misiniz?

      Teşekkür ederiz,
      Toros Bahçe
      """,
      "Return follow-up asking for photos of the damage, needed for the carrier claim."),
    C("return-follow-up", "text", "{O} numaralı siparişin iadesi",
      """
      Sayın Gizem Koç,

      İade nedeni olarak "yanlış ürün" seçilmiş. Size hangi ürünün ulaştığını, mümkünse ürün kutusundaki barkodun altındaki kodla birlikte yazabilir misiniz? Doğru ürünü belirledikten sonra iadenizi tamamlayacağız.

      Saygılarımızla,
      Efe Oyuncak
      """,
      "Return question about which item was received; barcode code mentioned without digits."),
]
