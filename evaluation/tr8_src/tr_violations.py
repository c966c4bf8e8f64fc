"""Turkish messages that break one word rule (BSM107 appears only together with BSM108)."""
from common import V

FQ = "fulfillment-question"

MSGS = [
    # ---- BSM201 order / shipment confirmation ------------------------------------------------
    V(["BSM201"], FQ, "text", "Siparişiniz yolda - {O}",
      """
      Merhaba,

      {O} numaralı siparişiniz bugün saat 15:20'de depomuzdan çıktı ve Yurtiçi Kargo'ya teslim edildi. Gönderi takip numaranız: 302145678912.

      İyi günler dileriz,
      Anadolu Seramik
      """,
      "Shipment confirmation without the word 'shipped': left the warehouse, handed to the carrier."),
    V(["BSM201"], FQ, "text", "Siparişiniz bize ulaştı ({O})",
      """
      Merhaba Selin Hanım,

      Siparişinizi aldık ve özenle hazırlamaya başladık. Nevresim takımınız hediye paketinde, ütülenmiş olarak paketlenecek.

      Teşekkür ederiz,
      Ege Tekstil Ev
      """,
      "Order-received / being prepared confirmation with thanks."),
    V(["BSM201"], FQ, "text", "{O} - paketiniz yola çıktı",
      """
      Sayın Müşterimiz,

      Paketiniz bu sabah kargo görevlisine teslim edildi ve şu an yolda. Bir iki iş günü içinde kapınızda olacak.

      Kuzey Outdoor
      """,
      "Paraphrased shipment confirmation: handed to the courier this morning, on its way."),
    # ---- BSM203 marketing --------------------------------------------------------------------
    V(["BSM203"], "delivery-delay", "text", "Gönderim tarihi - sipariş {O}",
      """
      Merhaba,

      Siparişinizdeki çay bardağı seti tedarikçideki gecikme nedeniyle 15 Aralık'ta kargoya verilecek. Anlayışınız için teşekkür ederiz.

      Kristal Cam

      Not: Yeni yıla özel, mağazamızdaki tüm ürünlerde %20 indirim 31 Aralık'a kadar devam ediyor!
      """,
      "Otherwise permitted delay notice with a P.S. announcing 20 % off the whole range."),
    V(["BSM203"], "review-request", "text", "Görüşünüzü paylaşır mısınız? ({O})",
      """
      Merhaba,

      Seramik kupalarınızı kullanma fırsatınız olduysa, deneyiminizi Amazon'da bir değerlendirme olarak paylaşmanızı rica ederiz.

      Yeni tasarımlarımızdan ilk siz haberdar olmak için bizi Instagram'da ve Facebook'ta "Anadolu Seramik Atölye" adıyla takip edebilirsiniz.

      Anadolu Seramik
      """,
      "Neutral review request plus a 'follow us on Instagram' invitation without a link."),
    V(["BSM203"], "reply", "text", "Ynt: Renk seçenekleri - {O}",
      """
      Merhaba Elif Hanım,

      Sorduğunuz havlunun şu anda yalnızca beyaz ve gri renkleri mevcut.

      Bu arada yeni kış koleksiyonumuz Amazon mağazamızda yayında: kadife bornozlar ve pamuklu pikeler sizi bekliyor. Kampanyalardan haberdar olmak için e-bültenimize de abone olabilirsiniz.

      Pamukkale Havlu
      """,
      "Reply that answers the question and then promotes a new collection and a newsletter."),
    # ---- BSM204 incentivised review ----------------------------------------------------------
    V(["BSM204"], "review-request", "text", "Küçük bir ricamız var - {O}",
      """
      Merhaba,

      Ürününüzle ilgili görüşünüzü Amazon'da paylaşırsanız çok seviniriz. Değerlendirmeniz yayınlandıktan sonra bu mesaja yanıt verin, size atölyemizden küçük bir teşekkür hediyesi gönderelim.

      Mavi Çini Atölyesi
      """,
      "A small thank-you gift once the review is published."),
    V(["BSM204"], "review-request", "text", "{O} - yorumunuz için ücret iadesi",
      """
      Sayın Müşterimiz,

      Ürünü Amazon'da değerlendirmenizi rica ediyoruz. Yorumunuz yayına girdiği anda ürün bedelinin tamamını hesabınıza iade edeceğiz; tek yapmanız gereken yorumunuzun yayınlandığını bize bildirmek.

      Yıldız Elektronik
      """,
      "A full refund as soon as the review is online."),
    V(["BSM204"], "review-request", "text", "Değerlendirme - sipariş {O}",
      """
      Merhaba Oğuz Bey,

      Ayakkabılarınızı birkaç koşuda denediyseniz Amazon'da bir değerlendirme yazabilir misiniz? Yorum yazan her alıcımıza teşekkür olarak 100 TL değerinde bir hediye kartı gönderiyoruz.

      Atlas Spor
      """,
      "A gift card for every buyer who writes a review."),
    # ---- BSM205 change / remove an existing review ---------------------------------------------
    V(["BSM205"], "reply", "text", "Ynt: Kırık tabak - {O}",
      """
      Merhaba Büşra Hanım,

      Yeni tabağınızın sağlam ulaştığını duyduğumuza sevindik. Sorun çözüldüğüne göre, ürün için yazdığınız bir yıldızlı yorumu güncellemeyi ya da kaldırmayı düşünür müsünüz?

      Anadolu Seramik
      """,
      "Asks the buyer to update or remove a one-star review after a replacement."),
    V(["BSM205"], "reply", "text", "Re: İade tamamlandı ({O})",
      """
      Merhaba,

      İadenizi tamamladık ve tutarın tamamı hesabınıza geçti. Küçük bir işletme olarak satıcı puanımız bizim için çok önemli; bu nedenle mağazamız hakkında bıraktığınız olumsuz geri bildirimi silmenizi rica ediyoruz.

      Hisar Hırdavat
      """,
      "Asks the buyer to delete negative seller feedback after a refund."),
    V(["BSM205"], "reply", "text", "Ynt: Yorumunuz hakkında - {O}",
      """
      Merhaba Tolga Bey,

      Ürün sayfasındaki yorumunuzda kargo gecikmesinden bahsetmişsiniz. Gecikme kargo firmasından kaynaklandığı için, yorumunuzu düzenleyip bu kısmı çıkarabilirseniz çok memnun oluruz.

      Yatak Dünyası
      """,
      "Asks the buyer to edit an existing review and drop the part about the delay."),
    # ---- BSM206 conditional review request / rating ---------------------------------------------
    V(["BSM206"], "review-request", "text", "Memnun kaldınız mı? ({O})",
      """
      Merhaba,

      Ürününüzden memnun kaldıysanız Amazon'da bir değerlendirme bırakmanızı rica ederiz. Memnun kalmadıysanız lütfen değerlendirme yazmadan önce bize bu mesaj üzerinden ulaşın, sorunu birlikte çözelim.

      Ege Tekstil Ev
      """,
      "Review only if satisfied; unhappy buyers are steered to contact the seller instead."),
    V(["BSM206"], "review-request", "text", "{O} - beş yıldız ricası",
      """
      Sayın Müşterimiz,

      Ürününüzü Amazon'da değerlendirirken bize 5 yıldız verirseniz çok seviniriz. Her yıldız küçük bir aile işletmesi için büyük fark yaratıyor.

      Safran Mutfak
      """,
      "Asks for a five-star rating without any reward."),
    V(["BSM206"], "review-request", "html", "Görüşünüz - sipariş {O}",
      """
      <p>Merhaba Derya Hanım,</p>
      <p>Çini tabağınızı beğendiyseniz, Amazon'da olumlu bir değerlendirme yazmanız bizim için çok değerli olur.</p>
      <p><a href="https://www.amazon.com.tr/review/review-your-purchases/?asin=B0DJ4W2N8C">Çini tabağı Amazon.com.tr'de değerlendirin</a></p>
      <p>Mavi Çini Atölyesi</p>
      """,
      "HTML request for a positive review only if the buyer liked the item; the link itself is clean."),
    # ---- BSM108 asks the buyer to cancel (and BSM107) -----------------------------------------
    V(["BSM108"], "reply", "text", "Ynt: Siparişim ne zaman gelecek? - {O}",
      """
      Merhaba Murat Bey,

      Maalesef sipariş ettiğiniz matkap setinin stoğu tükendi ve yeni stok tarihi belli değil. En hızlı çözüm, siparişinizi Amazon hesabınızdaki Siparişlerim bölümünden kendiniz iptal etmeniz olacaktır.

      Anlayışınız için teşekkürler,
      Hisar Hırdavat
      """,
      "Reply advising the buyer to cancel himself because stock ran out."),
    V(["BSM108"], "order-problem", "text", "[Önemli] Sipariş {O}: stok tükendi",
      """
      Merhaba,

      Siparişinizdeki kamp ocağı stoklarımızda kalmadığı için gönderilemiyor. Sipariş tutarının tamamını stok yetersizliği nedeniyle iade ettik.

      Kaydın sistemde düzgün kapanabilmesi için sizden de Amazon üzerinden bir iptal talebi oluşturmanızı rica ediyoruz.

      Kuzey Outdoor
      """,
      "Order problem with the amount adjusted, but also asks the buyer to submit a cancellation request."),
    V(["BSM107", "BSM108"], "order-problem", "text", "[Önemli] {O} numaralı siparişiniz",
      """
      Sayın Müşterimiz,

      Sipariş ettiğiniz döküm tencerenin stoğu beklenmedik şekilde tükendi. Bu durumda siparişinizi iptal etmeniz için bir iptal talebi gönderirseniz çok memnun oluruz.

      Yaşattığımız aksaklık için özür dileriz.
      Safran Mutfak
      """,
      "Order problem asking for a cancellation request without confirming any adjustment of the amount."),
    # ---- BSM305 opt-out instruction -------------------------------------------------------
    V(["BSM305"], "review-request", "text", "Değerlendirme ricası - {O}",
      """
      Merhaba,

      Kitaplarınızla ilgili görüşlerinizi Amazon'da bir değerlendirme olarak paylaşmanızı rica ederiz. Olumlu ya da olumsuz, tüm yorumlar diğer okurlara yardımcı olur.

      Nur Kitabevi

      Bu tür mesajları almak istemiyorsanız bu mesajı "DUR" yazarak yanıtlayın.
      """,
      "Neutral review request with a 'reply DUR to stop these messages' opt-out line."),
    V(["BSM305"], "delivery-delay", "text", "Gönderim gecikmesi ({O})",
      """
      Merhaba,

      Siparişinizdeki masa lambası 16 Aralık'ta kargoya verilecek; gecikme için özür dileriz.

      Deniz Aydınlatma

      Bilgilendirme listemizden çıkmak için yanıt olarak STOP yazmanız yeterlidir.
      """,
      "Delay notice with a 'reply STOP to leave our list' footer."),
    # ---- BSM306 sensitive content -------------------------------------------------------
    V(["BSM306"], "reply", "text", "Ynt: Kırık ürün - {O}",
      """
      Merhaba,

      Fotoğraflara baktık. Vazoyu kendi beceriksizliğinizle kırdığınız çok açık; bu kadar aptalca bir şikâyeti ilk kez görüyoruz. Kendi hatanızın faturasını bize kesmeye kalkmayın.

      Kristal Cam
      """,
      "Reply insulting the buyer ('beceriksizlik', 'aptalca')."),
    V(["BSM306"], "reply", "text", "Ynt: Şikâyetiniz ({O})",
      """
      Bana bakın, bir daha bu üslupla yazarsanız adresiniz elimizde, gelip kafanızı kırarız. Ürünün iadesi yok.

      Atlas Spor
      """,
      "Reply with a violent threat against the buyer."),
    # ---- BSM309 phone number -------------------------------------------------------------
    V(["BSM309"], "additional-information", "text", "Siparişiniz {O}: adres teyidi",
      """
      Merhaba,

      Siparişinizdeki adreste mahalle adı eksik görünüyor. Mahalle adını bu mesaja yanıt olarak yazabilir ya da bizi 0532 418 27 65 numaralı cep telefonumuzdan arayabilirsiniz.

      Toros Bahçe
      """,
      "Information request with the seller's unmarked mobile number."),
    V(["BSM309"], "reply", "text", "Ynt: Montaj sorusu - {O}",
      """
      Merhaba Cansu Hanım,

      Montaj şemasındaki 4. adım biraz karışık olabiliyor; isterseniz görüntülü olarak anlatalım. WhatsApp hattımız: +90 (505) 712 44 90, ya da sabit hattımız 02167654321.

      Boğaziçi Mobilya
      """,
      "Reply with an international-format WhatsApp number and an ungrouped landline, neither marked as warranty."),
    V(["BSM309"], "delivery-scheduling", "text", "Teslimat randevusu - {O}",
      """
      Sayın Müşterimiz,

      Çamaşır makinenizin teslimatı için 11 Aralık 10:00-13:00 ya da 12 Aralık 14:00-17:00 aralıklarından birini seçebilirsiniz. Tercihinizi bu mesaja yazabilir veya çağrı merkezimizi 444 0 987 ya da 0 (212) 654 32 10 numaralarından arayabilirsiniz.

      Marmara Beyaz Eşya
      """,
      "Delivery scheduling that gives the seller's own call-centre numbers (444 and landline)."),
    # ---- BSM308 e-mail address ---------------------------------------------------------------
    V(["BSM308"], "additional-information", "text", "Kurumsal fatura bilgisi - {O}",
      """
      Merhaba,

      Kurumsal fatura için şirket unvanınızı ve vergi numaranızı bu mesaja yanıt olarak ya da destek@anadoluseramik.com.tr adresine yazabilirsiniz.

      Anadolu Seramik
      """,
      "Information request with a plain e-mail address."),
    V(["BSM308"], "return-follow-up", "text", "İade fotoğrafları ({O})",
      """
      Merhaba,

      İadenizi tamamlayabilmemiz için hasarlı kısmın fotoğraflarını siparis [at] egetekstil [nokta] com adresine gönderebilir misiniz?

      Ege Tekstil Ev
      """,
      "Return question with an address obfuscated as '[at]' and '[nokta]'."),
    V(["BSM308"], "reply", "text", "Ynt: Beden tablosu - {O}",
      """
      Merhaba Burak Bey,

      Mont için ayrıntılı beden tablosunu size e-posta ile gönderebiliriz. Adresimiz: bilgi (et) kuzeyoutdoor (nokta) com - bir satır yazmanız yeterli.

      Kuzey Outdoor
      """,
      "Reply with an e-mail address obfuscated with the Turkish 'et' for @ and 'nokta' for dot."),
    # ---- BSM104 wrong language -----------------------------------------------------------------
    V(["BSM104"], "delivery-delay", "text", "Delivery update - order {O}",
      """
      Merhaba,

      Unfortunately the ceramic mug set in your order is delayed because the glazing took longer than planned. We now expect to ship it on 18 December 2026.

      We apologise for the inconvenience.

      Anadolu Seramik
      """,
      "Turkish greeting with an English body for a tr-TR buyer."),
    V(["BSM104"], "reply", "text", "Ynt: Ürün ölçüsü - {O}",
      """
      Merhaba Selin Hanım,

      Sorduğunuz havlunun ölçüsü 70 x 140 cm'dir ve 600 g/m² gramajlıdır.

      Die Handtücher sind bei 60 Grad waschbar und für den Trockner geeignet. Bitte verwenden Sie keinen Weichspüler.

      Pamukkale Havlu
      """,
      "Turkish reply with a whole paragraph in German."),
]
