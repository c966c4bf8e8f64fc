#!/usr/bin/env python3
"""Generator of the fa6 blind evaluation set (false alarms of word-reading rules).

Writes ../fa6.jsonl (evaluation/fa6.jsonl), deterministically. Plain Python, no dependencies.
Run: python3 build.py   (builds, validates, prints counts; exit 1 on a validation error)
"""
import html
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "fa6.jsonl")

LOCALES = {"tr": "tr-TR", "nl": "nl-NL", "en": "en-GB", "de": "de-DE", "fr": "fr-FR",
           "it": "it-IT", "es": "es-ES", "pl": "pl-PL", "sv": "sv-SE"}
PREFIX = {"tr": "407", "nl": "408", "en": "202", "de": "302", "fr": "171",
          "it": "405", "es": "406", "pl": "404", "sv": "403"}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
RULES = {"BSM%d" % n for n in list(range(101, 113)) + list(range(201, 207))
         + list(range(301, 313)) + list(range(401, 415))}

SHOPS = {}
MSGS = []


def shop(key, name, footer, header=None, logo=None, style="table"):
    """footer: list of lines (text) shown small at the end; header: a line shown first;
    logo: alt text of the shop's logo (html only); style: html wrapper (table|plain|div)."""
    SHOPS[key] = dict(name=name, footer=footer, header=header, logo=logo, style=style)


def m(lang, typ, fmt, subject, paras, expected=(), note="", sh=None, locale=None):
    MSGS.append(dict(lang=lang, type=typ, fmt=fmt, subject=subject, paras=paras,
                     expected=sorted(expected), note=note, shop=sh, locale=locale))


def order_id(lang, n):
    a = (1234567 + n * 7919 * 131) % 10 ** 7
    b = (7654321 + n * 104729 * 17) % 10 ** 7
    return "%s-%07d-%07d" % (PREFIX[lang], a, b)


def para_html(p):
    if p.startswith("RAW:"):
        return p[4:]
    return html.escape(p, quote=False).replace("\n", "<br>\n")


def render(msg, oid):
    s = SHOPS.get(msg["shop"]) if msg["shop"] else None
    paras = [p.replace("{o}", oid) for p in msg["paras"]]
    footer = [f.replace("{o}", oid) for f in (s["footer"] if s else [])]
    header = s["header"] if s else None
    if msg["fmt"] == "text":
        parts = []
        if header:
            parts.append(header)
        parts.extend(p[4:] if p.startswith("RAW:") else p for p in paras)
        if footer:
            parts.append("--\n" + "\n".join(footer))
        return "\n\n".join(parts)
    body = "\n".join("<p>%s</p>" % para_html(p) if not p.startswith("RAW:") else p[4:]
                     for p in paras)
    foot = "<br>\n".join(html.escape(f, quote=False) for f in footer)
    style = s["style"] if s else "plain"
    logo = ""
    if s and s["logo"]:
        name = unicodedata.normalize("NFKD", s["name"].lower().translate(str.maketrans("ıł", "il")))
        name = "".join(c for c in name if not unicodedata.combining(c))
        slug = re.sub(r"[^a-z0-9]+", "-", name).strip("-")
        logo = ('<img src="https://m.media-amazon.com/images/S/seller-brand/%s-logo.png" '
                'alt="%s" width="160" height="48">' % (slug, html.escape(s["logo"])))
    if style == "table":
        rows = []
        if logo or header:
            top = logo if logo else "<strong>%s</strong>" % html.escape(header)
            rows.append("<tr><td>%s</td></tr>" % top)
        rows.append("<tr><td>\n%s\n</td></tr>" % body)
        if foot:
            rows.append("<tr><td><hr>\n<small>%s</small></td></tr>" % foot)
        return ('<table width="100%" cellpadding="0" cellspacing="0" border="0">\n'
                + "\n".join(rows) + "\n</table>")
    out = []
    if logo:
        out.append("<p>%s</p>" % logo)
    elif header:
        out.append("<p><strong>%s</strong></p>" % html.escape(header))
    if style == "div":
        out.append("<div>\n%s\n</div>" % body)
    else:
        out.append(body)
    if foot:
        out.append("<p><small>%s</small></p>" % foot)
    return "\n".join(out)

# ---------------------------------------------------------------- Turkish shops
KVKK = ("Kişisel verileriniz 6698 sayılı Kişisel Verilerin Korunması Kanunu kapsamında "
        "yalnızca siparişinizin yerine getirilmesi amacıyla işlenmektedir.")
shop("lavinya", "Lavinya Gümüş", [
    "Lavinya Gümüş Takı Tic. Ltd. Şti.",
    "Kapalıçarşı, Kalpakçılar Cad. No: 78, 34126 Fatih/İstanbul",
    "Beyazıt V.D. 6120457893 | MERSIS No: 0612045789300015",
    KVKK], logo="Lavinya Gümüş logosu", style="table")
shop("egepamuk", "Ege Pamuk Ev Tekstili", [
    "Ege Pamuk Ev Tekstili San. ve Tic. A.Ş. | Organize Sanayi Bölgesi 4. Cad. No: 12, Merkezefendi/Denizli",
    "Vergi Dairesi: Pamukkale | Vergi No: 3250981146",
    "Denizli'den, yüzde yüz pamuğun sıcaklığıyla."], header="EGE PAMUK | Ev Tekstili", style="plain")
shop("teknoyol", "Teknoyol Elektronik", [
    "Teknoyol Elektronik A.Ş. - Ostim OSB, 1203. Cadde No: 9, Yenimahalle/Ankara",
    "Ostim V.D. 8410027765 - MERSIS 0841002776500018",
    "Müşteri hizmetlerimiz hafta içi 09.00-18.00 arasında Amazon mesajlarınızı yanıtlar.",
    "Bu mesaj sistemimiz tarafından otomatik olarak oluşturulmuştur."], logo="Teknoyol Elektronik", style="table")
shop("defne", "Defne Doğal Kozmetik", [
    "Defne Doğal Kozmetik | Gülbirlik Mah. Lavanta Sok. No: 3, 32100 Isparta",
    "Vergi No: 2710563304 (Isparta V.D.)",
    "Doğadan gelen, özenle üretilen.",
    KVKK], logo="Defne Doğal Kozmetik", style="div")
shop("kuzey", "Kuzey Mobilya Atölyesi", [
    "Kuzey Mobilya Atölyesi - Mahmudiye Mah. Sanayi Sok. No: 41, 16400 İnegöl/Bursa",
    "İnegöl V.D. 5830114972",
    "Ustalarımız pazartesi-cumartesi 08.30-17.30 arası atölyededir."], header="Kuzey Mobilya Atölyesi", style="plain")
shop("sahaf", "Moda Sahaf", [
    "Moda Sahaf Kitabevi - Caferağa Mah. Moda Cad. No: 160, Kadıköy/İstanbul",
    "Kadıköy V.D. 6040318821",
    "1987'den beri eski kitaplara yeni okurlar arıyoruz."], style="plain")
shop("otoparca", "Nilüfer Oto Yedek Parça", [
    "Nilüfer Oto Yedek Parça Ltd. Şti.",
    "Beşevler Küçük Sanayi Sitesi 12. Blok No: 7, Nilüfer/Bursa",
    "Nilüfer V.D. 6310892247 | MERSIS: 0631089224700011"], style="plain")
shop("bakir", "Bakırcı Hasan Usta", [
    "Bakırcı Hasan Usta - Bakırcılar Çarşısı No: 22, Şahinbey/Gaziantep",
    "Şahinbey V.D. 1340288875",
    "Üç kuşaktır çekiçle, elle."], logo="Bakırcı Hasan Usta logosu", style="table")
shop("usak", "Uşak El Halıları", [
    "Uşak El Halıları Tekstil Ltd. Şti. | İsmetpaşa Cad. No: 58, 64100 Merkez/Uşak",
    "Vergi Dairesi: Uşak | Vergi No: 9060412237 | MERSIS: 0906041223700014",
    KVKK], header="Uşak El Halıları", style="plain")
shop("kahve", "Kahve Değirmeni", [
    "Kahve Değirmeni Kavurma Evi - Alsancak, Kıbrıs Şehitleri Cad. No: 104, Konak/İzmir",
    "Kordon V.D. 5210774409",
    "Her hafta küçük partiler halinde kavrulur."], style="plain")
shop("deri", "Safran Deri", [
    "Safran Deri Çanta - Çeşme Mah. Arasta Sok. No: 5, 78600 Safranbolu/Karabük",
    "Safranbolu V.D. 7490153362",
    "Bu mesaj Amazon mesajlaşma sistemi üzerinden gönderilmiştir; yanıtınızı buradan iletebilirsiniz."],
     logo="Safran Deri", style="table")
shop("oyuncak", "Minik Adımlar Ahşap Oyuncak", [
    "Minik Adımlar Ahşap Oyuncak | Yeni Mah. Çınar Sok. No: 14, Tepebaşı/Eskişehir",
    "Tepebaşı V.D. 6250937718",
    KVKK,
    "Bu e-ileti otomatik olarak gönderilmiştir."], logo="Minik Adımlar Ahşap Oyuncak logosu", style="div")
shop("bisiklet", "Pedal Bisiklet Parça", [
    "Pedal Bisiklet Parça ve Aksesuar - Fevzipaşa Bulvarı No: 211, Çankaya/İzmir",
    "Vergi No: 7200145586"], style="plain")
shop("kartus", "Baskı Dünyası", [
    "Baskı Dünyası Toner ve Kartuş Ltd. Şti.",
    "Perpa Ticaret Merkezi B Blok Kat: 6 No: 812, Okmeydanı/İstanbul",
    "Şişli V.D. 1370045219 | MERSIS 0137004521900017",
    "Bu bildirim otomatik olarak oluşturulmuştur."], style="plain")
shop("kisisel", "İsimli Hediye Atölyesi", [
    "İsimli Hediye Atölyesi - Kültür Mah. Plevne Bulvarı No: 33/2, Konak/İzmir",
    "Konak V.D. 4830227791",
    "Her hediye, bir isimle başlar."], header="İsimli Hediye Atölyesi", style="plain")
shop("telefon", "KılıfMarket", ["KılıfMarket - Vergi No: 5580346612 - Kocasinan/Kayseri"], style="plain")
shop("ipek", "Bursa İpek Evi", [
    "Bursa İpek Evi | Koza Han No: 18, Osmangazi/Bursa",
    "Osmangazi V.D. 2030556784 | MERSIS: 0203055678400019",
    KVKK], logo="Bursa İpek Evi", style="table")
shop("zeytin", "Ayvalık Zeytin Evi", [
    "Ayvalık Zeytin Evi Gıda San. Tic. Ltd. Şti. - Fevzipaşa Mah. Barbaros Cad. No: 27, Ayvalık/Balıkesir",
    "Ayvalık V.D. 1120894456",
    "1952'den beri soğuk sıkım."], style="plain")
shop("yatak", "Uyku Vadisi", [
    "Uyku Vadisi Yatak ve Baza - Gebze OSB, 1600. Sok. No: 4, Gebze/Kocaeli",
    "Gebze V.D. 9250117340 | MERSIS: 0925011734000012",
    "Teslimat ekibimiz pazar hariç her gün hizmet vermektedir."], logo="Uyku Vadisi", style="table")

# ---------------------------------------------------------------- Turkish: clean
L = "tr"
# delivery delays
m(L, "delivery-delay", "html", "{o} numaralı siparişinizin gönderim tarihi hakkında", [
    "Merhaba Elif Hanım,",
    "Öncelikle Lavinya Gümüş'ü tercih ettiğiniz için çok teşekkür ederiz.",
    "{o} numaralı siparişinizdeki el yapımı gümüş bileziğin oksitleme aşaması beklediğimizden uzun sürdü. Bu nedenle bileziğiniz ilanda belirtilen tarihte değil, 15 Aralık 2026 Salı günü kargoya verilecek. Gecikme için içtenlikle özür dileriz.",
    "Bu süre içinde aklınıza takılan bir şey olursa Amazon mesajları üzerinden bize her zaman ulaşabilirsiniz.",
    "Sevgiyle,\nLavinya Gümüş Ekibi"], [],
    "clean delivery delay wrapped in thanks, 'reach us any time' and a jewellery company footer with MERSIS and KVKK; the delay is real content", "lavinya")
m(L, "delivery-delay", "text", "Nevresim takımınız birkaç gün gecikecek - {o}", [
    "Değerli müşterimiz,",
    "Bizi tercih ettiğiniz için teşekkür ederiz. Sipariş ettiğiniz çift kişilik ranforce nevresim takımı, boyahanemizdeki bir makine arızası nedeniyle planlanan tarihte hazır olamayacak.",
    "Takımınızın 11 Aralık yerine en geç 19 Aralık 2026 tarihinde yola çıkmasını bekliyoruz. Beklemek istemezseniz siparişinizi Amazon üzerinden iptal etme hakkınız saklıdır.",
    "Anlayışınız için şimdiden teşekkür eder, iyi günler dileriz.\nEge Pamuk Müşteri İlişkileri",
    "Sipariş numarası: {o}"], [],
    "clean delay (textile), with motto line in footer and the buyer's own right to cancel mentioned (not a request to cancel)", "egepamuk")
m(L, "delivery-delay", "text", "Siparişiniz {o}: yeni tahmini gönderim tarihi", [
    "Sayın Murat Demir,",
    "{o} numaralı siparişinizdeki kablosuz kulaklık, tedarikçimizden beklenenden geç teslim alınacak. Ürününüzü 18 Aralık 2026 Cuma günü gönderebileceğimizi öngörüyoruz; bu, ilandaki tahmini süreden yaklaşık bir hafta sonrasıdır.",
    "Yaşattığımız bekleme için özür dileriz. Sorularınız için bize Amazon üzerinden yazabilirsiniz.",
    "Saygılarımızla,\nTeknoyol Elektronik"], [],
    "clean delay (electronics) with service-hours line and 'this message was generated automatically' notice", "teknoyol")
m(L, "delivery-delay", "html", "Yemek masanız hakkında kısa bir bilgilendirme ({o})", [
    "Merhaba Kemal Bey,",
    "Atölyemize gösterdiğiniz güven için teşekkür ederiz.",
    "Sipariş ettiğiniz ceviz yemek masasının son kat cilası, havaların nemli gitmesi nedeniyle beklediğimizden yavaş kuruyor. Masayı kurumadan paketlersek yüzeyi zarar görebilir; bu yüzden gönderimi bir hafta erteleyerek 21 Aralık 2026 tarihine almak zorundayız.",
    "Sipariş numaranız: {o}",
    "Anlayışınız için teşekkür ederiz, her türlü sorunuzda yanınızdayız.\nUsta Kerem ve Kuzey Mobilya ekibi"], [],
    "clean delay (furniture) explaining production (varnish drying) with workshop hours footer", "kuzey")
m(L, "delivery-delay", "text", "{o} - kitabınızın gönderimi gecikecek", [
    "Merhabalar Selin Hanım,",
    "Moda Sahaf'tan kitap aldığınız için teşekkür ederiz. Sipariş ettiğiniz 1949 tarihli ilk baskı 'Huzur' nüshası, dükkânımızın yeni depoya taşınması sırasında kolilerden birinde kaldı.",
    "Kitabı bulup kontrol ettikten sonra 16 Aralık'ta kargolayacağız. Bu tarih, ilanda gösterilen süreden dört gün sonrasına denk geliyor; gecikme için kusura bakmayın.",
    "Sipariş numarası: {o}\nİyi okumalar dileriz,\nMüjgan Yalçın"], [],
    "clean delay (second-hand books) with a shop motto 'since 1987' in footer", "sahaf")
m(L, "delivery-delay", "text", "Fren balatası siparişiniz ({o}) hakkında", [
    "İyi günler Hakan Bey,",
    "Aracınız için sipariş ettiğiniz ön fren balata takımı üreticinin deposundan bize gelmedi. Üretici yeni sevkiyatı 14 Aralık'ta yapacağını bildirdi; biz de balatalarınızı aynı gün size göndereceğiz.",
    "Bu nedenle ürününüz ilanda belirtilen teslim süresinden üç gün kadar geç ulaşacak. Gecikme için özür dileriz.",
    "Sipariş No: {o}\nNilüfer Oto Yedek Parça"], [],
    "clean delay (spare parts), company footer with tax number and MERSIS", "otoparca")
m(L, "delivery-delay", "html", "Cezveniz için birkaç gün daha rica ediyoruz - {o}", [
    "Kıymetli müşterimiz,",
    "Bizi Gaziantep'in bakırcılar çarşısından seçtiğiniz için teşekkür ederiz.",
    "Sipariş ettiğiniz el dövmesi bakır cezve, Hasan Usta'nın rahatsızlığı nedeniyle bu hafta tamamlanamadı. Cezvenizin kalaylanması ve son kontrolü 17 Aralık 2026'da bitecek, aynı gün kargoya verilecek.",
    "Sipariş numaranız {o}. Bekleyişiniz için özür diler, sağlıklı günler dileriz.",
    "Saygılarımızla,\nBakırcı Hasan Usta"], [],
    "clean delay (handmade copperware) in a builder table with a logo and a 'three generations' motto", "bakir")
m(L, "delivery-delay", "text", "Halınızın yıkaması uzadı - sipariş {o}", [
    "Sayın Ayşe Korkmaz,",
    "Uşak El Halıları olarak ilginiz için teşekkür ederiz. Seçtiğiniz 160x230 cm yün halı, gönderim öncesi yaptığımız yıkama ve doğal kurutma aşamasındadır. Son günlerdeki yağışlar nedeniyle kuruma süresi uzadı.",
    "Halınızı 20 Aralık 2026 tarihinde gönderebileceğiz; bu tarih, ilanda belirtilen gönderim süresinin dışında kaldığı için sizi bilgilendirmek istedik.",
    "Saygılarımızla,\nUşak El Halıları\n{o}"], [],
    "clean delay (carpet) with formal 'Sayın', KVKK and MERSIS footer", "usak")
m(L, "delivery-delay", "text", "Kahve siparişiniz {o} gecikecek", [
    "Merhaba Burak Bey,",
    "Kavurma makinemizin yıllık bakımı beklediğimizden uzun sürdü. Sipariş ettiğiniz 1 kg Etiyopya Yirgacheffe çekirdek kahveyi taze kavurmadan göndermek istemediğimiz için gönderim, ilandaki süreden iki gün sonra, 12 Aralık'ta yapılacak.",
    "Beklettiğimiz için kusura bakmayın; sorunuz olursa bu mesajı yanıtlamanız yeterli.",
    "Sevgiler,\nKahve Değirmeni ekibi"], [],
    "clean delay (coffee); product name in English and a 'roasted in small batches' footer line", "kahve")
m(L, "delivery-delay", "html", "{o} numaralı siparişiniz için yeni tarih", [
    "Merhaba Deniz Hanım,",
    "Minik Adımlar'ı seçtiğiniz için çok teşekkür ederiz.",
    "Sipariş ettiğiniz ahşap gökkuşağı istifleme oyuncağı, çocuklar için güvenli su bazlı boyalarla elde boyanıyor. Boya tedarikçimizin gecikmesi nedeniyle oyuncağınızı ilanda yazan tarihten bir hafta sonra, 22 Aralık 2026'da gönderebileceğiz.",
    "Anlayışınız için teşekkür ederiz. Her zaman Amazon mesajları üzerinden bize ulaşabilirsiniz.",
    "Minik Adımlar Ahşap Oyuncak"], [],
    "clean delay (toys) with a KVKK notice and 'this e-message was sent automatically'", "oyuncak")
m(L, "delivery-delay", "text", "Toner siparişiniz hakkında: gümrük gecikmesi ({o})", [
    "Değerli müşterimiz,",
    "{o} numaralı siparişinizdeki dört renkli toner seti ithal bir üründür ve son sevkiyat gümrükte beklemektedir. Ürünlerin depomuza 15 Aralık'ta ulaşmasını, size de en geç 16 Aralık 2026'da gönderilmesini bekliyoruz.",
    "Bu, ilandaki teslim süresinden daha geç olacağı için bilgilendirme yapıyoruz. Gecikme için özür dileriz.",
    "Baskı Dünyası Müşteri Hizmetleri"], [],
    "clean delay (printer supplies) with an automatic-notice line in the footer", "kartus")
m(L, "delivery-delay", "html", "İpek eşarbınızın baskısı hakkında ({o})", [
    "Merhaba Gül Hanım,",
    "Bursa İpek Evi'ni tercih ettiğiniz için teşekkür ederiz.",
    "Seçtiğiniz lale desenli ipek eşarp, baskı kalıbının yenilenmesi gerektiği için bu hafta basılamadı. Eşarbınızı ilanda yazan tarihten dört gün sonra, 14 Aralık 2026 Pazartesi günü kargoya vereceğiz.",
    "Gecikme için özür dileriz. Sipariş numaranız: {o}",
    "İyi günler dileriz,\nBursa İpek Evi"], [],
    "clean delay (silk scarves) in builder table with logo and KVKK", "ipek")
# additional information
m(L, "additional-information", "text", "Kolyeniz için isim bilgisi - {o}", [
    "Merhaba Zehra Hanım,",
    "İsimli Hediye Atölyesi'ni seçtiğiniz için teşekkür ederiz.",
    "{o} numaralı siparişinizdeki gümüş isim kolyesini hazırlayabilmemiz için kolyenize kazınacak ismi bize yazar mısınız? İsim en fazla 10 harf olabilir; Türkçe karakterler (ç, ğ, ı, ö, ş, ü) kullanılabilir.",
    "İsmi aldıktan sonra üretime başlayacağız. Başka bir konuda yardıma ihtiyacınız olursa da bize yazmaktan çekinmeyin.",
    "Sevgiyle,\nİsimli Hediye Atölyesi"], [],
    "clean request for the name to engrave, phrased as 'write to us', wrapped in thanks and a motto footer", "kisisel")
m(L, "additional-information", "html", "Yüzük ölçünüzü öğrenebilir miyiz? ({o})", [
    "Merhaba Nazlı Hanım,",
    "Bizi tercih ettiğiniz için teşekkür ederiz.",
    "Sipariş ettiğiniz tek taş gümüş yüzük için ölçü seçimi siparişte boş görünüyor. Yüzüğünüzü doğru ölçüde hazırlayabilmemiz için parmak ölçünüzü (Türkiye ölçüsü, örneğin 14 veya 16) bize bildirir misiniz?",
    "Ölçünüzü bilmiyorsanız, kullandığınız bir yüzüğün iç çapını milimetre olarak yazmanız da yeterli.",
    "Sipariş numaranız: {o}",
    "Her sorunuz için buradayız.\nLavinya Gümüş Ekibi"], [],
    "clean request for the ring size, ending with 'we are here for every question'", "lavinya")
m(L, "additional-information", "html", "Monogram harfleriniz - {o}", [
    "İyi günler Can Bey,",
    "{o} numaralı siparişinizdeki deri evrak çantasına monogram işlemesi seçtiniz; teşekkür ederiz.",
    "Çantanızı hazırlayabilmemiz için iki bilgiye ihtiyacımız var:\n1. İşlenecek baş harfler (en fazla 3 harf)\n2. Baskı rengi: altın varak, gümüş varak veya kör baskı",
    "Bu bilgileri bu mesaja yanıt olarak bize iletebilirsiniz.",
    "Saygılarımızla,\nSafran Deri"], [],
    "clean request for monogram letters and foil colour; footer says the message was sent through Amazon messaging", "deri")
m(L, "additional-information", "text", "Parça uyumluluğu için şasi numarası ({o})", [
    "Merhaba Serkan Bey,",
    "Sipariş ettiğiniz debriyaj seti, aynı model yılında iki farklı motor tipine göre üretiliyor. Aracınıza uygun olanı göndermek için aracınızın şasi numarasının (VIN) son 8 karakterini bize yazabilir misiniz? Bu bilgi ruhsatınızın E bölümünde yer alır.",
    "Bilgiyi aldığımız gün parçanızı hazırlayacağız.",
    "Sipariş: {o}\nİyi çalışmalar,\nNilüfer Oto Yedek Parça"], [],
    "clean request for VIN characters to pick the right clutch kit (spare parts)", "otoparca")
m(L, "additional-information", "text", "Havlu nakışı için yazı ve yazı tipi - {o}", [
    "Merhaba Ebru Hanım,",
    "Nakışlı bornoz ve havlu setinizi seçtiğiniz için teşekkür ederiz. Siparişinizde nakış metni alanı boş kalmış.",
    "Havlulara işlenecek ismi veya kelimeyi ve tercih ettiğiniz yazı tipini (A: el yazısı, B: düz harf) bize yazar mısınız? Bilgiyi aldıktan sonra setiniz iki iş günü içinde hazırlanır.",
    "Sipariş numaranız: {o}",
    "Sevgilerimizle,\nEge Pamuk"], [],
    "clean request for embroidery text and letter style (textiles)", "egepamuk")
m(L, "additional-information", "text", "Öğütme tercihiniz nedir? Sipariş {o}", [
    "Merhaba Oya Hanım,",
    "Kahve Değirmeni'nden kahve aldığınız için teşekkürler.",
    "Siparişinizdeki Kolombiya Huila kahvesi için öğütme seçimi yapılmamış görünüyor. Kahvenizi çekirdek olarak mı, filtre kahve makinesine göre mi yoksa espresso için ince öğütülmüş olarak mı istersiniz?",
    "Cevabınızı aldığımızda kahvenizi kavurup hazırlayacağız.",
    "Kahve Değirmeni\n{o}"], [],
    "clean request for the grind the buyer wants; thanks at the start", "kahve")
m(L, "additional-information", "html", "Kumaş rengi seçiminiz ({o})", [
    "Merhaba Tülin Hanım,",
    "Kuzey Mobilya'yı tercih ettiğiniz için teşekkür ederiz.",
    "Sipariş ettiğiniz üçlü kanepe, istediğiniz kumaşla sipariş üzerine üretiliyor. Siparişinizde kumaş rengi belirtilmediği için üretime başlayamadık. Antrasit, bej ve zeytin yeşili seçeneklerinden hangisini istediğinizi bize bildirir misiniz?",
    "Sipariş numaranız: {o}",
    "Ustalarımız sorularınızı yanıtlamak için hazır.\nKuzey Mobilya Atölyesi"], [],
    "clean request for the fabric colour of a made-to-order sofa", "kuzey")
m(L, "additional-information", "html", "Kurumsal fatura bilgileriniz - {o}", [
    "Sayın Yetkili,",
    "{o} numaralı siparişinizde kurumsal fatura talep ettiğinizi gördük. Faturanızı düzenleyebilmemiz için şirketinizin tam unvanını, vergi dairesini ve vergi numarasını bu mesaja yanıt olarak iletmenizi rica ederiz.",
    "Bilgiler bize ulaştığında e-Arşiv faturanızı hazırlayacağız.",
    "Teknoyol Elektronik Müşteri Hizmetleri"], [],
    "clean request for company invoice details; footer with tax number, MERSIS, service hours and automatic notice", "teknoyol")
m(L, "additional-information", "text", "Jant ölçüsünü teyit eder misiniz? ({o})", [
    "Merhaba Ozan Bey,",
    "Sipariş ettiğiniz dış lastik 26, 27,5 ve 29 inç olarak üretiliyor; siparişinizde 27,5 inç seçili, fakat notunuzda bisikletinizin 29 inç olduğunu yazmışsınız.",
    "Yanlış ölçüde lastik göndermemek için bisikletinizin jant ölçüsünü bize teyit eder misiniz?",
    "Teşekkürler, iyi sürüşler.\nPedal Bisiklet Parça\nSipariş: {o}"], [],
    "clean request to confirm the wheel size when the order and the buyer's note disagree", "bisiklet")
m(L, "additional-information", "text", "Telefon modeliniz - {o}", [
    "Merhaba,",
    "Siparişinizde telefon modeli olarak 'iPhone 15' yazıyor; aynı kılıfın iPhone 15 Pro ve 15 Plus için farklı kalıpları var. Doğru kılıfı gönderebilmemiz için telefonunuzun tam modelini yazar mısınız?",
    "Teşekkür ederiz.\nKılıfMarket\nSipariş {o}"], [],
    "clean short request for the exact phone model", "telefon")
m(L, "additional-information", "html", "İsim treni için harfler ({o})", [
    "Merhaba Büşra Hanım,",
    "Minik Adımlar'dan isim treni seçtiğiniz için teşekkür ederiz. Vagonlara gelecek harfleri sizin için tek tek boyuyoruz.",
    "Trende yazılacak ismi bize yazar mısınız? Bir tren en fazla 8 vagon (8 harf) taşıyabiliyor.",
    "Sipariş numaranız: {o}. Her türlü sorunuzda yanınızdayız.",
    "Sevgiyle,\nMinik Adımlar"], [],
    "clean request for the name on a wooden name train, with 'we are by your side' ending and automatic-notice footer", "oyuncak")
m(L, "additional-information", "text", "Teslimat adresinizde eksik bilgi - {o}", [
    "Sayın Levent Aksoy,",
    "Siparişinizdeki halı, boyutu nedeniyle anlaşmalı nakliye firmamızla gönderilecek. Teslimat adresinizde daire numarası ve bina adı yer almıyor; nakliye ekibinin sizi bulabilmesi için bu bilgileri bize iletir misiniz?",
    "Bilgileri aldıktan sonra gönderimi planlayacağız.",
    "Saygılarımızla,\nUşak El Halıları\nSipariş: {o}"], [],
    "clean request for missing address details (flat number, building name)", "usak")
# return follow-up
m(L, "return-follow-up", "text", "İade talebiniz hakkında bir sorumuz var - {o}", [
    "Sayın Emre Yıldız,",
    "Kulaklığınız için oluşturduğunuz iade talebini inceledik. İadeyi tamamlayabilmemiz için kutunun altındaki etikette yazan seri numarasını bize yazar mısınız? Seri numarası 'SN' ile başlar.",
    "Bilgiyi aldığımızda iade sürecini hemen sonuçlandıracağız. Anlayışınız için teşekkür ederiz.",
    "Teknoyol Elektronik\nSipariş numarası: {o}"], [],
    "clean return follow-up asking for the serial number; automatic-notice footer", "teknoyol")
m(L, "return-follow-up", "html", "Nevresim takımınız için kısmi iade önerisi ({o})", [
    "Merhaba Pınar Hanım,",
    "İade talebinizde nevresimin bir köşesinde küçük bir boya lekesi olduğunu yazmışsınız; bunun için çok üzgünüz.",
    "Dilerseniz ürünü geri göndermeden kullanmaya devam edebilirsiniz; bu durumda ürün bedelinin %30'unu, yani 246,00 TL'yi kısmi iade olarak hesabınıza yansıtabiliriz. Ürünü yine de iade etmek isterseniz standart iade süreci devam eder.",
    "Hangisini tercih ettiğinizi bize yazmanız yeterli. Sipariş numarası: {o}",
    "Saygılarımızla,\nEge Pamuk Müşteri İlişkileri"], [],
    "clean partial-refund offer (a percentage and an amount that could look like a discount)", "egepamuk")
m(L, "return-follow-up", "html", "Fermuar sorunu hakkında kısa bir soru - {o}", [
    "Merhaba Aslı Hanım,",
    "Sırt çantanız için iade talebinizi aldık. İadeyi doğru kayda geçirebilmemiz için sorunun ön cepteki fermuarda mı yoksa ana bölmenin fermuarında mı olduğunu yazabilir misiniz?",
    "Sorun ana bölmedeyse bu, üreticinin iki yıllık garantisi kapsamındadır ve ürünü değiştirmeyi de önerebiliriz.",
    "Sipariş numaranız: {o}\nSafran Deri"], [],
    "clean return question about which zip is faulty, mentioning warranty", "deri")
m(L, "return-follow-up", "text", "{o} - iade edilecek ürünlerin durumu", [
    "Merhaba Sevgi Hanım,",
    "Defne Doğal Kozmetik'i tercih ettiğiniz için teşekkür ederiz. İade etmek istediğiniz gül suyu tonik ve gece kremi için bir sorumuz var: ürünlerin ambalajları açıldı mı, yoksa koruma bantları hâlâ yerinde mi?",
    "Kozmetik ürünlerde hijyen nedeniyle iade koşulları ambalajın durumuna göre değişiyor; cevabınıza göre iadeyi nasıl tamamlayacağımızı size bildireceğiz.",
    "Doğallıkla,\nDefne Doğal Kozmetik\nSipariş: {o}"], [],
    "clean return question about whether cosmetics were opened; a motto in footer", "defne")
m(L, "return-follow-up", "text", "Gardırop iadesi için teslim alma günü ({o})", [
    "Merhaba Cem Bey,",
    "İade etmek istediğiniz iki kapılı gardırop büyük boyutlu olduğu için, ürünü adresinizden nakliye ekibimiz teslim alacak.",
    "Aşağıdaki günlerden size uygun olanı yazar mısınız?\n- 14 Aralık Pazartesi, 09.00-13.00\n- 15 Aralık Salı, 13.00-17.00\n- 17 Aralık Perşembe, 09.00-13.00",
    "Sipariş numarası: {o}. Anlayışınız için teşekkür ederiz.\nKuzey Mobilya Atölyesi"], [],
    "clean return follow-up asking the buyer to choose a pick-up slot for a bulky return", "kuzey")
m(L, "return-follow-up", "text", "Akan toner için kısmi iade teklifimiz - {o}", [
    "Değerli müşterimiz,",
    "İade talebinizde dört tonerden birinin kutuda aktığını belirtmişsiniz. Yaşadığınız sorun için özür dileriz.",
    "Diğer üç toner sağlam olduğu için, onları iade etmeden yalnızca akan tonerin bedeli olan 389,90 TL'yi kısmi iade olarak yapmayı öneriyoruz. Bu öneriyi kabul ediyorsanız bu mesajı 'Kabul ediyorum' diye yanıtlamanız yeterli; tüm seti iade etmek isterseniz de yardımcı oluruz.",
    "Baskı Dünyası\nSipariş: {o}"], [],
    "clean partial refund offer for one leaking toner", "kartus")
m(L, "return-follow-up", "text", "İade kargonuzun takip numarası - {o}", [
    "Merhaba Tolga Bey,",
    "Radyatör hortumu için iade talebiniz onaylandı. Gönderdiğiniz paket henüz bize ulaşmadı; iade kargonuzun takip numarasını paylaşır mısınız? Böylece paketi kargo firmasından sorgulayabiliriz.",
    "Teşekkürler,\nNilüfer Oto Yedek Parça\nSipariş No: {o}"], [],
    "clean return question asking for the return tracking number", "otoparca")
m(L, "return-follow-up", "html", "İade ettiğiniz eşarplar hakkında ({o})", [
    "Merhaba Meltem Hanım,",
    "{o} numaralı siparişinizden iki eşarbı iade etmek istediğinizi belirtmiştiniz. İade paketinden yalnızca bir eşarp çıktı.",
    "İkinci eşarbı ayrı bir paketle mi gönderdiniz, yoksa yalnızca birini mi iade etmek istiyorsunuz? Cevabınıza göre iadenizi tamamlayacağız.",
    "Yardımınız için teşekkür ederiz.\nBursa İpek Evi"], [],
    "clean return question: only one of two scarves arrived in the return parcel", "ipek")
# invoices
m(L, "invoice", "html", "Faturanız - sipariş {o}", [
    "Sayın Okan Arslan,",
    "{o} numaralı siparişinize ait e-Arşiv faturanız ekte PDF olarak yer almaktadır. Fatura numarası: TKY2026000018452.",
    "Faturanızla ilgili bir düzeltme gerekirse bize bu mesaj üzerinden yazabilirsiniz.",
    "Teknoyol Elektronik'i tercih ettiğiniz için teşekkür ederiz."], [],
    "clean invoice with invoice number, thanks at the end, tax/MERSIS footer", "teknoyol")
m(L, "invoice", "text", "{o} numaralı siparişinizin faturası", [
    "Merhaba Hülya Hanım,",
    "Siparişinize ait faturayı ekte bulabilirsiniz. Faturada ürün bedeli, KDV tutarı ve kargo bedeli ayrı ayrı gösterilmiştir.",
    "Bizi tercih ettiğiniz için teşekkür ederiz.\nEge Pamuk"], [],
    "clean invoice, short, with thanks and the shop's motto footer", "egepamuk")
m(L, "invoice", "text", "Fatura: {o}", [
    "Merhaba Ali Bey,",
    "Sahafımızdan aldığınız üç kitabın faturası ekte yer alıyor. Fatura tarihi 4 Aralık 2026, fatura numarası MS-2026/0917.",
    "Kitaplarınızla güzel saatler geçirmenizi dileriz.\nModa Sahaf"], [],
    "clean invoice with slash invoice number and a courtesy wish at the end", "sahaf")
m(L, "invoice", "html", "Kanepe siparişinizin faturası ({o})", [
    "Merhaba Yasemin Hanım,",
    "Kuzey Mobilya'ya gösterdiğiniz ilgi için teşekkür ederiz. {o} numaralı siparişinizin faturasını ekte paylaşıyoruz.",
    "Faturada ürünün garanti başlangıç tarihi de yazılıdır; garanti işlemlerinde bu faturayı saklamanızı öneririz.",
    "Saygılarımızla,\nKuzey Mobilya Atölyesi"], [],
    "clean invoice noting the warranty start date; workshop hours in footer", "kuzey")
m(L, "invoice", "html", "Şirket adına düzenlenen faturanız - {o}", [
    "Sayın Yetkili,",
    "Talebiniz üzerine {o} numaralı siparişinize ait faturayı şirketinizin unvanına düzenledik; e-fatura ekte yer almaktadır.",
    "Bilgilerde bir hata görürseniz bize yazmanız yeterli, faturayı yeniden düzenleriz.",
    "İyi çalışmalar dileriz.\nBakırcı Hasan Usta"], [],
    "clean corporate invoice from a copperware shop with logo and motto", "bakir")
m(L, "invoice", "html", "Faturanız ekte ({o})", [
    "Merhaba Derya Hanım,",
    "Siparişinize ait faturayı ekte gönderiyoruz. Fatura numarası: DDK-2026-004381.",
    "Bizi tercih ettiğiniz için teşekkür eder, güzel günler dileriz.\nDefne Doğal Kozmetik",
    "Sipariş numarası: {o}"], [],
    "clean invoice from a cosmetics shop, warm closing, motto and KVKK footer", "defne")
m(L, "invoice", "text", "Sipariş {o} için fatura", [
    "Merhaba Kaan Bey,",
    "Sipariş ettiğiniz zincir ve dişli setinin faturası ekte. Faturada KDV dahil toplam tutar 1.249,00 TL olarak görünmektedir.",
    "İyi sürüşler dileriz.\nPedal Bisiklet Parça"], [],
    "clean invoice with an amount", "bisiklet")
m(L, "invoice", "text", "e-Faturanız: {o}", [
    "Merhaba Seda Hanım,",
    "Kahve Değirmeni'ni seçtiğiniz için teşekkür ederiz. {o} numaralı siparişinizin e-faturasını ekte bulabilirsiniz.",
    "Bir sorunuz olursa bu mesajı yanıtlayarak bize ulaşabilirsiniz.",
    "Kahve Değirmeni"], [],
    "clean invoice wrapped in thanks and 'reply if you have a question'", "kahve")
# review requests (neutral)
m(L, "review-request", "html", "Bileziğiniz hakkındaki görüşleriniz ({o})", [
    "Merhaba Elif Hanım,",
    "Lavinya Gümüş'ten alışveriş yaptığınız için çok teşekkür ederiz.",
    "Bileziğinizi birkaç gündür kullanıyorsunuz; deneyiminizi Amazon'da bir ürün değerlendirmesiyle paylaşırsanız, bu, diğer alıcıların karar vermesine yardımcı olur.",
    "RAW:<p><a href=\"https://www.amazon.com.tr/review/create-review?asin=B0CX4L2M7Q\">Amazon'da bu ürün için değerlendirme yazın</a></p>",
    "Sipariş numaranız: {o}",
    "Sevgiyle,\nLavinya Gümüş Ekibi"], [],
    "clean neutral review request with a descriptive https link to amazon.com.tr, warm thanks and a company footer", "lavinya")
m(L, "review-request", "text", "Kitaplarınızı değerlendirmek ister misiniz? - {o}", [
    "Merhaba Selin Hanım,",
    "Moda Sahaf'tan kitap aldığınız için teşekkür ederiz. Kitaplarınızın durumu ve paketleme hakkındaki düşüncelerinizi Amazon'da bir değerlendirme veya satıcı geri bildirimi olarak paylaşmak isterseniz memnun oluruz.",
    "Sipariş numarası: {o}\nİyi okumalar,\nModa Sahaf"], [],
    "clean neutral review/feedback request that opens and closes with courtesy", "sahaf")
m(L, "review-request", "text", "{o} - kahveniz nasıldı?", [
    "Merhaba Burak Bey,",
    "Kahvenizi demlemeye başladığınızı umuyoruz. Deneyiminiz olumlu ya da olumsuz olsun, Amazon'a yazacağınız her değerlendirme hem bize hem de diğer kahveseverlere yol gösterir.",
    "Zaman ayırırsanız çok seviniriz. Teşekkürler!",
    "Kahve Değirmeni"], [],
    "clean review request explicitly neutral ('positive or negative'); looks like BSM206 but is not", "kahve")
m(L, "review-request", "text", "Ahşap oyuncağınız için değerlendirme ({o})", [
    "Merhaba Deniz Hanım,",
    "Minik Adımlar ailesine katıldığınız için teşekkür ederiz.",
    "Oyuncağımız hakkındaki görüşleriniz bizim için çok değerli. Vaktiniz olursa Amazon'daki sipariş sayfanızdan ürün değerlendirmesi bırakabilirsiniz.",
    "Sipariş numaranız: {o}\nMinik Adımlar Ahşap Oyuncak"], [],
    "clean review request wrapped in 'welcome to the family' thanks; KVKK and automatic notice", "oyuncak")
m(L, "review-request", "html", "Deneyiminizi paylaşır mısınız? {o}", [
    "Değerli müşterimiz,",
    "Ege Pamuk'u tercih ettiğiniz için teşekkür ederiz. Aldığınız pike takımının kalitesi, dokusu ve yıkamadan sonraki hali hakkında düşüncelerinizi Amazon'da ürün değerlendirmesi olarak yazabilirsiniz.",
    "RAW:<p><a href=\"https://www.amazon.com.tr/gp/css/order-history\">Amazon siparişlerim sayfası</a></p>",
    "Sipariş numarası: {o}",
    "Saygılarımızla,\nEge Pamuk"], [],
    "clean neutral review request with a descriptive https link to Amazon order history", "egepamuk")
m(L, "review-request", "text", "Kılıfınızı değerlendirin - {o}", [
    "Merhaba,",
    "KılıfMarket'ten aldığınız telefon kılıfı hakkındaki yorumunuzu Amazon'da paylaşmak isterseniz, diğer alıcılar için faydalı olacaktır.",
    "Teşekkürler.\nKılıfMarket\n{o}"], [],
    "clean short neutral review request", "telefon")
# delivery scheduling
m(L, "delivery-scheduling", "html", "Gardırobunuzun teslimatı için gün seçimi - {o}", [
    "Merhaba Kemal Bey,",
    "Kuzey Mobilya'ya güvendiğiniz için teşekkür ederiz.",
    "Sipariş ettiğiniz üç kapılı gardırop kendi nakliye ekibimizle teslim edilecek ve parçaların ağırlığı nedeniyle teslimat sırasında evde bulunmanız gerekiyor. Size uygun zaman dilimini seçer misiniz?\n- 16 Aralık Çarşamba, 09.00-12.00\n- 16 Aralık Çarşamba, 14.00-18.00\n- 18 Aralık Cuma, 09.00-12.00",
    "Ayrıca binanızda asansör olup olmadığını da yazarsanız ekibimizi ona göre planlarız.",
    "Sipariş numaranız: {o}\nKuzey Mobilya Atölyesi"], [],
    "clean delivery-slot choice for heavy furniture, plus a lift question", "kuzey")
m(L, "delivery-scheduling", "text", "Halınızın teslimat randevusu ({o})", [
    "Sayın Ayşe Korkmaz,",
    "300x400 cm ölçülerindeki halınız, ağırlığı nedeniyle iki kişilik ekibimiz tarafından teslim edilecektir. Teslimatı planlayabilmemiz için 19 ve 20 Aralık tarihlerinden hangisinin, sabah mı öğleden sonra mı size uygun olduğunu bize bildirmenizi rica ederiz.",
    "Saygılarımızla,\nUşak El Halıları\nSipariş: {o}"], [],
    "clean scheduling of a bulky carpet delivery, formal register", "usak")
m(L, "delivery-scheduling", "html", "Televizyonunuzun teslimat saati - {o}", [
    "Merhaba Sinan Bey,",
    "{o} numaralı siparişinizdeki 75 inç televizyon, boyutu nedeniyle kargo yerine anlaşmalı beyaz eşya nakliyecimizle teslim edilecek.",
    "Teslimat 17 Aralık 2026 Perşembe günü yapılacak. Saat aralığı olarak 10.00-14.00 ya da 14.00-19.00 seçeneklerinden birini bize yazar mısınız?",
    "Teşekkür ederiz,\nTeknoyol Elektronik"], [],
    "clean delivery scheduling for a large TV", "teknoyol")
m(L, "delivery-scheduling", "html", "Yatağınızın teslimatı için uygun gün ({o})", [
    "Merhaba Gizem Hanım,",
    "Uyku Vadisi'ni seçtiğiniz için teşekkür ederiz.",
    "160x200 cm yatak ve baza setiniz kendi araçlarımızla teslim edilecek. Ekibimiz aynı zamanda eski yatağınızı da isterseniz ücretsiz olarak götürebilir.",
    "Lütfen bize iki bilgi yazın: teslimat için uygun gün (15-19 Aralık arası) ve eski yatağınızın alınmasını isteyip istemediğiniz.",
    "Sipariş numarası: {o}\nUyku Vadisi Teslimat Ekibi"], [],
    "clean delivery scheduling for a mattress set with a free old-mattress pickup question (a service, not a promotion)", "yatak")
m(L, "delivery-scheduling", "text", "Kitaplığınızın teslimatı - {o}", [
    "Merhaba Nihat Bey,",
    "Sipariş ettiğiniz masif çam kitaplık 2 metre yüksekliğinde ve yaklaşık 85 kg ağırlığında olduğu için teslimatını randevuyla yapıyoruz.",
    "Pazartesi veya salı günlerinden hangisi size uygun? Sabah ya da öğleden sonra tercihinizi de belirtirseniz sevkiyatı buna göre planlarız.",
    "Sipariş: {o}\nKuzey Mobilya Atölyesi"], [],
    "clean scheduling of a heavy bookcase delivery", "kuzey")
# home service appointments
m(L, "home-service-appointment", "text", "Montaj randevunuz için tarih seçimi - {o}", [
    "Merhaba Melike Hanım,",
    "Siparişinizle birlikte montaj hizmetini de seçtiniz. Montaj ustamız gardırobunuzu teslimattan sonraki bir gün kuracak.",
    "Aşağıdaki randevulardan birini seçer misiniz?\n- 21 Aralık Pazartesi 10.00\n- 22 Aralık Salı 15.00",
    "Montaj yaklaşık iki saat sürer. Sipariş numaranız: {o}",
    "Kuzey Mobilya Atölyesi"], [],
    "clean home-service assembly appointment", "kuzey")
m(L, "home-service-appointment", "html", "Duvar montajı randevusu ({o})", [
    "Sayın Ahmet Şahin,",
    "Televizyonunuz için satın aldığınız duvara montaj hizmetinin randevusunu oluşturmak istiyoruz. Teknisyenimiz 19 Aralık Cumartesi günü 09.00-12.00 ya da 13.00-16.00 arasında gelebilir.",
    "Ayrıca duvarınızın beton mu, alçıpan mı olduğunu yazarsanız teknisyen doğru dübellerle gelir.",
    "Sipariş: {o}\nTeknoyol Elektronik Teknik Servis"], [],
    "clean home-service appointment for TV wall mounting with a question about the wall", "teknoyol")
m(L, "home-service-appointment", "text", "Baza kurulumu için randevu - {o}", [
    "Merhaba Gizem Hanım,",
    "Siparişinize eklediğiniz kurulum hizmeti için ekibimiz sizi ziyaret edecek. Size uygun günü ve saat aralığını (09.00-13.00 veya 13.00-18.00) bize yazar mısınız?",
    "Randevunuz kesinleştiğinde ekibimizin geleceği saati size bildireceğiz. Bizi tercih ettiğiniz için teşekkürler.",
    "Sipariş numarası: {o}\nUyku Vadisi"], [],
    "clean home-service appointment, ends with thanks", "yatak")
# custom design verification
m(L, "custom-design-verification", "text", "Gravür önizlemeniz onayınızı bekliyor - {o}", [
    "Merhaba Zehra Hanım,",
    "Bize yazdığınız 'Defne' ismiyle kolyenizin gravür önizlemesini hazırladık; tasarım dosyası ekte yer alıyor.",
    "Önizlemede harflerin boyutunu ve yazı tipini kontrol edip onaylarsanız kolyenizi üretime alacağız. Bir değişiklik isterseniz bunu da yazmanız yeterli.",
    "Sipariş numaranız: {o}\nİsimli Hediye Atölyesi"], [],
    "clean design proof for an engraved necklace", "kisisel")
m(L, "custom-design-verification", "html", "İsim kolyenizin tasarımı ({o})", [
    "Merhaba Nazlı Hanım,",
    "Lavinya Gümüş'ü seçtiğiniz için teşekkür ederiz. İsim kolyeniz için hazırladığımız tasarım taslağını ekte gönderiyoruz.",
    "Taslakta 'Ela' yazısı el yazısı karakterlerle ve 3 cm genişliğinde görünüyor. Tasarımı onaylıyor musunuz, yoksa yazıyı daha büyük mü istersiniz?",
    "Onayınızdan sonra kolyeniz iki iş günü içinde hazırlanacak.",
    "Sipariş numaranız: {o}"], [],
    "clean design proof asking for approval, warm opening and company footer", "lavinya")
m(L, "custom-design-verification", "html", "Monogram provanız - {o}", [
    "İyi günler Can Bey,",
    "Evrak çantanız için belirttiğiniz 'C.Ö.A.' harflerini altın varakla gösteren monogram provası ekte yer alıyor.",
    "Harflerin yerleşimi ve boyutu uygunsa bu mesajı onaylayarak yanıtlamanızı rica ederiz.",
    "Sipariş numaranız: {o}\nSaygılarımızla,\nSafran Deri"], [],
    "clean monogram proof", "deri")
m(L, "custom-design-verification", "text", "Nakış tasarımınızı onaylar mısınız? ({o})", [
    "Merhaba Ebru Hanım,",
    "Havlu setiniz için istediğiniz 'Yılmaz Ailesi' yazısının nakış önizlemesini ekte bulabilirsiniz. Nakış rengi, seçtiğiniz gibi lacivert.",
    "Önizleme uygunsa onayınızı, değişiklik istiyorsanız notlarınızı bize yazın; nakışı onayınıza göre işleyeceğiz.",
    "Teşekkür ederiz.\nEge Pamuk\nSipariş: {o}"], [],
    "clean embroidery proof, 'write to us' used to ask for approval", "egepamuk")
m(L, "custom-design-verification", "html", "İsim treni boya önizlemesi - {o}", [
    "Merhaba Büşra Hanım,",
    "'ARDA' isim treninizin renk düzenini gösteren çizimi ekte gönderiyoruz: A kırmızı, R sarı, D mavi, A yeşil.",
    "Renkler ve harf sırası doğruysa onayınızı bekliyoruz; onay geldiği gün boyamaya başlayacağız.",
    "Sipariş numarası: {o}\nMinik Adımlar"], [],
    "clean design proof for a painted name train", "oyuncak")
m(L, "custom-design-verification", "html", "Bakır tepsinizdeki yazının taslağı ({o})", [
    "Kıymetli müşterimiz,",
    "Tepsinin ortasına işlenmesini istediğiniz 'Ayşe ile Kerem - 12.09.2026' yazısının kalem işi taslağını hazırladık; ekteki tasarım dosyasında görebilirsiniz.",
    "Yazının hattı ve süslemeleri içinize sinerse onay vermeniz yeterli, Hasan Usta işlemeye başlayacak.",
    "Sipariş numaranız: {o}\nBakırcı Hasan Usta"], [],
    "clean proof of an engraved copper tray with a date inside the inscription", "bakir")
# fulfillment questions
m(L, "fulfillment-question", "text", "Nakliye ekibimiz adresinizi bulamadı - {o}", [
    "Sayın Levent Aksoy,",
    "Halınızı teslim etmek için bugün adresinize giden ekibimiz binanızı bulamadı. Sokağınızda aynı numaralı iki bina bulunduğunu bildirdiler.",
    "Yeniden teslimat yapabilmemiz için binanızın adını veya yakınındaki bir tarif noktasını bize yazar mısınız?",
    "Saygılarımızla,\nUşak El Halıları\nSipariş: {o}"], [],
    "clean fulfillment question after a failed delivery (not a shipment confirmation)", "usak")
m(L, "fulfillment-question", "html", "Gönderinizin teslimatı için tercihiniz ({o})", [
    "Merhaba Yusuf Bey,",
    "{o} numaralı siparişinizin teslimatı sırasında adreste kimse bulunamadığı için ürün kargo şubesine geri götürülmüş. Paket 7 gün boyunca şubede bekleyecek.",
    "Paketi şubeden kendiniz mi almak istersiniz, yoksa kargo firmasından yeni bir teslimat mı talep edelim? Tercihinizi bize yazmanız yeterli.",
    "Teknoyol Elektronik"], [],
    "clean fulfillment question: parcel back at the branch, choose pickup or redelivery", "teknoyol")
m(L, "fulfillment-question", "text", "Zeytinyağı siparişiniz iki koli halinde gelecek ({o})", [
    "Merhaba Filiz Hanım,",
    "Ayvalık Zeytin Evi'ni seçtiğiniz için teşekkür ederiz.",
    "Sipariş ettiğiniz 6 adet 1 litrelik cam şişe zeytinyağı, kırılma riskini azaltmak için iki ayrı koliye bölünerek gönderilecek. Kolilerin size birer gün arayla ulaşması mümkündür; ilk koli geldiğinde eksik sipariş olduğunu düşünmemeniz için haber vermek istedik.",
    "Sipariş numaranız: {o}\nAfiyet olsun,\nAyvalık Zeytin Evi"], [],
    "clean notice that the order will come in two boxes (future tense, not a shipping confirmation)", "zeytin")
m(L, "fulfillment-question", "text", "Teslimat sırasında imza gerekecek - {o}", [
    "Merhaba Kaan Bey,",
    "Sipariş ettiğiniz karbon jant seti yüksek değerli bir gönderi olduğu için kargo firması teslimatı yalnızca imza karşılığında yapacak.",
    "Teslimat sırasında evde sizden başka biri bulunacaksa, o kişinin adını ve soyadını bize yazar mısınız? Kargo kaydına ekleyeceğiz.",
    "Pedal Bisiklet Parça\nSipariş: {o}"], [],
    "clean fulfillment question: signature on delivery, asking for the name of the recipient", "bisiklet")
m(L, "fulfillment-question", "html", "Kargo şirketi tercihi hakkında ({o})", [
    "Merhaba Canan Hanım,",
    "Teslimat adresinizin bulunduğu köye standart kargo firmamız hafta içi yalnızca salı günleri dağıtım yapıyor. Ürününüzü daha hızlı alabilmeniz için paketinizi ilçe merkezindeki şubeye yönlendirebiliriz.",
    "Paketin adresinize mi yoksa ilçe şubesine mi gönderilmesini istediğinizi bize bildirir misiniz?",
    "Sipariş numarası: {o}",
    "Bursa İpek Evi"], [],
    "clean fulfillment question: deliver to the village address or the district branch", "ipek")
# replies to buyer questions
m(L, "reply", "html", "Re: Bilezik 925 ayar mı? ({o})", [
    "Merhaba Elif Hanım,",
    "Sorunuz için teşekkür ederiz. Bileziğiniz 925 ayar gümüşten elde dövülerek üretiliyor; iç yüzeyinde ayar damgası bulunuyor. Nikel içermediği için hassas ciltlerde de rahatlıkla kullanılabilir.",
    "Kararmayı önlemek için bileziği kullanmadığınız zamanlarda kutusundaki bez keseyle saklamanızı öneririz.",
    "Başka bir sorunuz olursa her zaman yazabilirsiniz.\nLavinya Gümüş Ekibi",
    "Sipariş: {o}"], [],
    "clean reply answering a material question with quality/production statements (not marketing)", "lavinya")
m(L, "reply", "text", "Re: Yıkama sıcaklığı - {o}", [
    "Merhaba Hülya Hanım,",
    "Nevresim takımınız %100 uzun lifli Ege pamuğundan, 200 tel ranforce dokumayla üretiliyor. İlk yıkamada 40 derecede, ters çevirerek ve benzer renklerle yıkamanızı öneririz; sonraki yıkamalarda 60 dereceye kadar çıkabilirsiniz.",
    "Kurutma makinesinde düşük ısı kullanırsanız kumaş çekmez.",
    "Sorunuz için teşekkür ederiz, iyi günler.\nEge Pamuk\nSipariş: {o}"], [],
    "clean reply on fibre content and washing temperature", "egepamuk")
m(L, "reply", "text", "Re: Kremde parfüm var mı? ({o})", [
    "Merhaba Sevgi Hanım,",
    "Sorduğunuz gece kremi parfüm ve alkol içermez; kokusu yalnızca içindeki Isparta gülü yağından gelir. Ürünlerimizin hiçbiri hayvanlar üzerinde test edilmemiştir ve tüm içerik listesi kutunun arka yüzünde yazılıdır.",
    "Hassas bir cildiniz varsa kremi ilk kullanımdan önce kulak arkasında küçük bir alanda denemenizi öneririz.",
    "Doğallıkla,\nDefne Doğal Kozmetik\n{o}"], [],
    "clean reply about ingredients (no perfume, not tested on animals): quality claims that answer the question", "defne")
m(L, "reply", "html", "Re: Garanti - sol kulaklık çalışmıyor ({o})", [
    "Sayın Murat Demir,",
    "Yaşadığınız sorun için özür dileriz. Kulaklığınız iki yıl garantilidir ve sol kulaklıktaki ses kesilmesi garanti kapsamındadır.",
    "Size yeni bir kulaklık göndereceğiz; arızalı ürünü Amazon iade sayfanızdan oluşturacağınız ücretsiz iade etiketiyle geri gönderebilirsiniz. Bunun için ayrıca bir ücret ödemenize gerek yoktur.",
    "Garanti belgenizi ve faturanızı saklamanızı öneririz.",
    "Saygılarımızla,\nTeknoyol Elektronik Teknik Destek"], [],
    "clean reply to a warranty claim; the quality guarantee is the actual subject", "teknoyol")
m(L, "reply", "text", "Re: Kitabın baskı yılı hakkında - {o}", [
    "Merhaba Ali Bey,",
    "Sorduğunuz 'Saatleri Ayarlama Enstitüsü' nüshası 1961 tarihli ilk baskıdır. Kapakta hafif solma ve sırtta küçük bir yıpranma var; iç sayfalar temiz, eksik sayfa yok.",
    "Kitap sipariş ettiğiniz haliyle, ilanda yazan durum bilgisine uygundur.",
    "Saygılarımızla,\nModa Sahaf\nSipariş: {o}"], [],
    "clean reply describing the edition and condition of a second-hand book", "sahaf")
m(L, "reply", "html", "Re: Masa masif meşe mi? ({o})", [
    "Merhaba Tülin Hanım,",
    "Güzel sorunuz için teşekkürler. Masanızın tablası ve ayakları masif meşeden, kaplama kullanılmadan üretiliyor. Yüzeye gıdayla temasa uygun, su bazlı mat vernik uyguluyoruz.",
    "Tabla 4 cm kalınlığında ve ağırlığı yaklaşık 45 kg'dır.",
    "Sipariş numaranız: {o}",
    "Atölyeden selamlar,\nUsta Kerem"], [],
    "clean reply about wood, finish and weight of a table", "kuzey")
m(L, "reply", "text", "Re: OEM uyumluluğu - {o}", [
    "Merhaba Hakan Bey,",
    "Sipariş ettiğiniz yağ filtresi, aracınızın orijinal parça numarasıyla birebir uyumludur ve TSE belgeli bir üreticinin ürünüdür. Kutunun üzerindeki çapraz referans listesinde aracınızın motor kodu da yer alıyor.",
    "Montaj sırasında contanın yağlanmasını unutmamanızı öneririz.",
    "İyi yolculuklar,\nNilüfer Oto Yedek Parça\nSipariş No: {o}"], [],
    "clean reply about compatibility and certification of a spare part", "otoparca")
m(L, "reply", "html", "Re: Cezve gıdaya uygun mu? - {o}", [
    "Merhaba Serap Hanım,",
    "Cezvenizin içi, geleneksel yöntemle saf kalayla kaplanmıştır; bu kaplama gıdayla temas için uygundur. Kalay zamanla incelir; bakırın sarı rengi görünmeye başladığında yeniden kalaylatmanız yeterli.",
    "Cezveyi bulaşık makinesinde yıkamamanızı, sıcak su ve yumuşak bir süngerle temizlemenizi öneririz.",
    "Sipariş numaranız: {o}\nSağlıcakla kalın,\nBakırcı Hasan Usta"], [],
    "clean reply about tin lining and care of a copper pot", "bakir")
# order problems (amount adjusted)
m(L, "order-problem", "text", "{o} numaralı siparişiniz hakkında önemli bilgi", [
    "Değerli müşterimiz,",
    "Çok üzgünüz: siparişinizdeki mavi mürekkep kartuşu stoklarımızda tükendi ve tedarikçimiz ürünü artık üretmiyor. Bu nedenle siparişinizi gönderemiyoruz.",
    "Sipariş tutarının tamamını stok yetersizliği nedeniyle iade ettik; tutar, ödeme yönteminize bağlı olarak birkaç iş günü içinde hesabınıza yansıyacaktır.",
    "Yaşattığımız aksaklık için özür dileriz.\nBaskı Dünyası"], [],
    "clean order problem with confirmation that the full amount was refunded for lack of stock", "kartus")
m(L, "order-problem", "html", "Eşarp siparişiniz gönderilemiyor - {o}", [
    "Merhaba Gül Hanım,",
    "{o} numaralı siparişinizdeki lacivert ipek eşarbın son parçası kalite kontrolde baskı hatası nedeniyle ayrıldı ve elimizde başka bir parça kalmadı.",
    "Stokta başka parça kalmadığından eşarbı gönderemiyoruz; bu nedenle sipariş tutarının tamamını iade ettik; iade Amazon tarafından ödeme yönteminize yapılacaktır.",
    "Anlayışınız için teşekkür eder, yaşanan durum için özür dileriz.\nBursa İpek Evi"], [],
    "clean order problem (cannot ship) with the amount refunded", "ipek")
# ---------------------------------------------------------------- Turkish: thanks only (BSM202)
T202 = ["BSM202"]
m(L, "fulfillment-question", "html", "Teşekkürler! {o}", [
    "Merhaba Elif Hanım,",
    "Lavinya Gümüş'ü tercih ettiğiniz için çok teşekkür ederiz. Tüm takılarımızı Kapalıçarşı'daki atölyemizde elde üretiyoruz.",
    "Herhangi bir sorunuz olursa Amazon mesajları üzerinden bize her zaman ulaşabilirsiniz; yardımcı olmaktan mutluluk duyarız.",
    "Sipariş numaranız: {o}",
    "Sevgiyle,\nLavinya Gümüş Ekibi"], T202,
    "thanks-only: thanks, 'we prepare every piece with care', offer of help, order number and full company footer; nothing else", "lavinya")
m(L, "additional-information", "text", "Ege Pamuk'tan teşekkürler - {o}", [
    "Değerli müşterimiz,",
    "Bizi tercih ettiğiniz için yürekten teşekkür ederiz. Ürününüzü güzel günlerde, sağlıkla kullanmanızı dileriz.",
    "Ege Pamuk ailesi olarak her zaman yanınızdayız.",
    "Sipariş numarası: {o}"], T202,
    "thanks-only labelled as additional-information: thanks, good wishes, 'always by your side', motto footer", "egepamuk")
m(L, "fulfillment-question", "text", "Memnuniyetiniz bizim için önemli ({o})", [
    "Sayın Murat Demir,",
    "Teknoyol Elektronik'ten alışveriş yaptığınız için teşekkür ederiz. Müşteri memnuniyeti bizim için her şeyden önce gelir.",
    "Ürününüzle ilgili bir sorun yaşarsanız bize yazmanız yeterli; ekibimiz size en kısa sürede dönüş yapacaktır.",
    "Saygılarımızla,\nTeknoyol Elektronik\nSipariş: {o}"], T202,
    "thanks-only: thanks plus 'if a problem comes up, write to us', service hours and automatic-notice footer", "teknoyol")
m(L, "additional-information", "html", "Defne'den sevgilerle - {o}", [
    "Merhaba Derya Hanım,",
    "Doğal kozmetik yolculuğunuzda bizi seçtiğiniz için teşekkür ederiz. Isparta'nın gül bahçelerinden size sevgiler gönderiyoruz.",
    "Aklınıza takılan herhangi bir şey olursa bize yazmaktan çekinmeyin.",
    "Sipariş numaranız: {o}",
    "Doğallıkla,\nDefne Doğal Kozmetik"], T202,
    "thanks-only with regional warm wishes, motto and KVKK footer, html with logo", "defne")
m(L, "fulfillment-question", "text", "Atölyemizden teşekkürler - {o}", [
    "Merhaba Kemal Bey,",
    "Kuzey Mobilya Atölyesi'ne güvendiğiniz için teşekkür ederiz. İnegöl'deki küçük atölyemizde çalışan on iki usta adına size minnettarız.",
    "İhtiyacınız olduğunda bir mesaj uzağınızdayız.",
    "Sipariş numarası: {o}\nUsta Kerem"], T202,
    "thanks-only: gratitude on behalf of the workshop's craftsmen and 'we are one message away'; workshop-hours footer", "kuzey")
m(L, "additional-information", "text", "İyi okumalar! ({o})", [
    "Merhaba Selin Hanım,",
    "Moda Sahaf'tan kitap aldığınız için teşekkür ederiz. Eski kitapların yeni okurlarına kavuşması bizi her seferinde çok mutlu ediyor.",
    "Keyifli okumalar dileriz.",
    "Moda Sahaf\nSipariş: {o}",
    "Not: Herhangi bir sorunuz olursa bize yazmanız yeterli."], T202,
    "thanks-only with a P.S. that only offers help; shop motto footer", "sahaf")
m(L, "fulfillment-question", "text", "Nilüfer Oto Yedek Parça - {o}", [
    "İyi günler Hakan Bey,",
    "Bizden alışveriş yaptığınız için teşekkür ederiz. Parçanızla ilgili herhangi bir sorunla karşılaşırsanız bize yazın, seve seve yardımcı oluruz.",
    "İyi yolculuklar dileriz.",
    "Sipariş No: {o}"], T202,
    "thanks-only from a spare-parts shop: thanks, help-if-a-problem offer, safe-travels wish, company footer", "otoparca")
m(L, "additional-information", "html", "Gaziantep'ten sevgilerle ({o})", [
    "Kıymetli müşterimiz,",
    "Üç kuşaktır süren zanaatımıza gösterdiğiniz ilgi için teşekkür ederiz. Bakırı çekiçle, sabırla işlemeye devam ediyoruz.",
    "Cezvenizle nice güzel sohbetlere!",
    "Sipariş numaranız: {o}",
    "Saygılarımızla,\nBakırcı Hasan Usta"], T202,
    "thanks-only: thanks, a statement about the craft (not an answer to anything), a wish; logo and motto footer", "bakir")
m(L, "fulfillment-question", "text", "Uşak El Halıları'ndan teşekkür - {o}", [
    "Sayın Ayşe Korkmaz,",
    "Uşak El Halıları'nı tercih ettiğiniz için teşekkür eder, halınızı yıllarca sevgiyle kullanmanızı dileriz.",
    "Her türlü soru ve talebiniz için hizmetinizdeyiz.",
    "Saygılarımızla,\nUşak El Halıları\nSipariş: {o}"], T202,
    "thanks-only, formal register, 'at your service for any question', KVKK and MERSIS footer", "usak")
m(L, "additional-information", "text", "Afiyetle için! {o}", [
    "Merhaba Burak Bey,",
    "Kahve Değirmeni'ni seçtiğiniz için çok teşekkür ederiz. Her fincanın size keyif vermesini dileriz.",
    "Sorunuz olursa bu mesajı yanıtlamanız yeterli.",
    "Sevgiler,\nKahve Değirmeni"], T202,
    "thanks-only: 'reply if you have a question' offered without asking for anything; roasting motto footer", "kahve")
m(L, "fulfillment-question", "html", "Minik Adımlar ailesine hoş geldiniz ({o})", [
    "Merhaba Deniz Hanım,",
    "Minik Adımlar ailesine hoş geldiniz! Bizi tercih ettiğiniz için çok teşekkür ederiz.",
    "Oyuncağımızın minikleriniz için mutlu anlara vesile olmasını diliyoruz. Her türlü sorunuzda yanınızdayız.",
    "Sipariş numaranız: {o}",
    "Mutlu oyunlar!\nMinik Adımlar Ahşap Oyuncak"], T202,
    "thanks-only 'welcome to the family' with KVKK and automatic-notice footer", "oyuncak")
m(L, "additional-information", "text", "Teşekkür ederiz - {o}", [
    "Merhaba Zehra Hanım,",
    "İsimli Hediye Atölyesi'ni seçtiğiniz için teşekkür ederiz. Hediyenizin sevdiklerinizi mutlu etmesini dileriz.",
    "Herhangi bir konuda yardıma ihtiyacınız olursa bize yazmanız yeterli.",
    "Sevgiyle,\nİsimli Hediye Atölyesi\nSipariş numarası: {o}"], T202,
    "thanks-only from the personalised-gift shop; same 'write to us' phrasing as the clean engraving request but asking nothing", "kisisel")
m(L, "fulfillment-question", "text", "{o}", [
    "Merhaba,",
    "Alışverişiniz için teşekkürler! Bir sorun olursa bize yazın.",
    "KılıfMarket"], T202,
    "thanks-only, minimal: one line of thanks and help offer, order number as the subject", "telefon")
m(L, "additional-information", "html", "Yeni yılınız kutlu olsun - {o}", [
    "Merhaba Gül Hanım,",
    "Bursa İpek Evi'ni tercih ettiğiniz için teşekkür ederiz. Yaklaşan yeni yılınızı şimdiden kutlar, size ve ailenize sağlık, huzur ve mutluluk dolu bir yıl dileriz.",
    "Her zaman hizmetinizdeyiz.",
    "Sipariş numaranız: {o}",
    "Sevgi ve saygılarımızla,\nBursa İpek Evi"], T202,
    "thanks-only with seasonal greetings (no offer or promotion), builder table with logo and KVKK", "ipek")
m(L, "fulfillment-question", "text", "Ayvalık'tan selamlar - {o}", [
    "Merhaba Filiz Hanım,",
    "Ayvalık Zeytin Evi'ni seçtiğiniz için teşekkür ederiz. Ailemizin 1952'den beri sürdürdüğü soğuk sıkım geleneğini sofranıza taşımaktan mutluluk duyuyoruz.",
    "Ürünümüzle ilgili herhangi bir sorunuz olursa bize yazabilirsiniz.",
    "Afiyet olsun,\nAyvalık Zeytin Evi\nSipariş numaranız: {o}"], T202,
    "thanks-only with a production/heritage statement that answers no question; motto footer", "zeytin")
# ---------------------------------------------------------------- Turkish: other word-rule violations
m(L, "fulfillment-question", "text", "Siparişiniz yola çıktı - {o}", [
    "Sayın Murat Demir,",
    "Teknoyol Elektronik'i tercih ettiğiniz için teşekkür ederiz. {o} numaralı siparişiniz bugün paketlenerek kargo firmasına teslim edildi.",
    "Kargo takip numaranız: YK731200458861. Ürününüz genellikle 1-2 iş günü içinde adresinize ulaşır.",
    "Saygılarımızla,\nTeknoyol Elektronik"], ["BSM201"],
    "shipment confirmation ('handed to the carrier today', tracking number) in the same packaging as the clean messages", "teknoyol")
m(L, "custom-design-verification", "html", "Siparişinizi aldık! ({o})", [
    "Merhaba Nazlı Hanım,",
    "Siparişinizi aldık ve şu anda atölyemizde özenle hazırlıyoruz. Lavinya Gümüş'ü tercih ettiğiniz için teşekkür ederiz.",
    "Sipariş numaranız: {o}",
    "Sevgiyle,\nLavinya Gümüş Ekibi"], ["BSM201"],
    "order confirmation ('we received your order and are preparing it') sent under a custom-design type, no proof or question", "lavinya")
m(L, "fulfillment-question", "text", "Kahveleriniz yolda - {o}", [
    "Merhaba Oya Hanım,",
    "Kahveleriniz bu sabah kavrulup paketlendi ve öğleden sonra Yurtiçi Kargo'ya verildi. Taze kavrulmuş kahvenin tadını çıkarmanızı dileriz.",
    "Sevgiler,\nKahve Değirmeni\nSipariş: {o}"], ["BSM201"],
    "shipment confirmation phrased as a warm note (roasted, packed, handed to the carrier)", "kahve")
m(L, "delivery-delay", "text", "Pike takımınız birkaç gün gecikecek - {o}", [
    "Merhaba Pınar Hanım,",
    "Sipariş ettiğiniz pike takımının dokuması beklenenden uzun sürdüğü için ürününüz ilanda yazan tarihten üç gün sonra, 16 Aralık'ta gönderilecek. Gecikme için özür dileriz.",
    "Ege Pamuk Müşteri İlişkileri",
    "Not: Bir sonraki alışverişinizde EGE15 koduyla tüm ev tekstili ürünlerimizde %15 indirimden yararlanabilirsiniz."], ["BSM203"],
    "permitted delay with a discount code in a P.S. (marketing)", "egepamuk")
m(L, "invoice", "html", "Faturanız ve kış koleksiyonumuz ({o})", [
    "Merhaba Derya Hanım,",
    "{o} numaralı siparişinizin faturası ekte yer alıyor.",
    "Bu arada yeni kış bakım koleksiyonumuz mağazamızda satışa çıktı! Yeni ürünlerimizden ilk siz haberdar olmak için bizi Instagram'da takip etmeyi unutmayın.",
    "Doğallıkla,\nDefne Doğal Kozmetik"], ["BSM203"],
    "permitted invoice plus new-collection announcement and 'follow us on Instagram' (marketing, no link)", "defne")
m(L, "review-request", "text", "Değerlendirmenize küçük bir teşekkür - {o}", [
    "Merhaba Deniz Hanım,",
    "Oyuncağımız hakkındaki yorumunuzu Amazon'da paylaşırsanız çok seviniriz. Yorumunuz yayınlandıktan sonra bize yazarsanız, teşekkür olarak size 100 TL değerinde bir hediye çeki göndereceğiz.",
    "Sipariş numaranız: {o}\nMinik Adımlar"], ["BSM204"],
    "review request offering a gift voucher once the review is published", "oyuncak")
m(L, "reply", "text", "Re: Halıdaki renk farkı - {o}", [
    "Sayın Levent Aksoy,",
    "Halınızdaki renk tonu farkının doğal kök boyadan kaynaklandığını açıklamak isteriz; bu, el dokuması halıların doğal bir özelliğidir.",
    "Bu açıklamanın ardından, Amazon'da bıraktığınız iki yıldızlı değerlendirmeyi güncellemeniz ya da kaldırmanız mümkün olur mu?",
    "Saygılarımızla,\nUşak El Halıları\nSipariş: {o}"], ["BSM205"],
    "reply that explains a product property and then asks to update or remove a two-star review", "usak")
m(L, "review-request", "text", "Kitaplarınızdan memnun kaldınız mı? ({o})", [
    "Merhaba Ali Bey,",
    "Moda Sahaf'tan kitap aldığınız için teşekkür ederiz. Kitaplarınızdan memnun kaldıysanız bizi Amazon'da beş yıldızla değerlendirmenizi rica ederiz. Bir sorun yaşadıysanız lütfen değerlendirme yazmadan önce bize yazın.",
    "Sipariş numarası: {o}\nİyi okumalar,\nModa Sahaf"], ["BSM206"],
    "conditional review request: only if satisfied, asks for five stars, steers unhappy buyers to contact the shop", "sahaf")
m(L, "delivery-delay", "text", "Lastik siparişiniz hakkında bilgilendirme ({o})", [
    "Merhaba Ozan Bey,",
    "Sipariş ettiğiniz dış lastikler üreticiden geç geldiği için ürününüz ilandaki tarihten iki gün sonra, 15 Aralık'ta gönderilecek. Gecikme için özür dileriz.",
    "Pedal Bisiklet Parça\nSipariş: {o}",
    "Bu tür bilgilendirme mesajlarını almak istemiyorsanız bu mesaja 'RET' yazarak yanıt verebilirsiniz."], ["BSM305"],
    "permitted delay with an opt-out instruction in the footer ('reply RET to stop these messages')", "bisiklet")
m(L, "reply", "text", "Re: Balata sesi - {o}", [
    "Hakan Bey,",
    "Parçanın kusurlu olduğunu iddia etmeden önce kılavuza bakmanız gerekirdi. Balataları ters takmışsınız; bu kadar aptalca bir hatayı bize yüklemeye kalkmayın, salak değiliz.",
    "Nilüfer Oto Yedek Parça\nSipariş No: {o}"], ["BSM306"],
    "reply with insulting language ('aptalca', 'salak') towards the buyer", "otoparca")
# ================================================================ Dutch
L = "nl"
shop("zilverkoets", "Zilverkoets Sieraden", [
    "Zilverkoets Sieraden B.V. · Hinthamerstraat 88, 5211 MS 's-Hertogenbosch",
    "KvK 81234567 · btw NL862345678B01",
    "Wij verwerken je gegevens alleen om je bestelling af te handelen (AVG)."], logo="Zilverkoets Sieraden", style="table")
shop("houtstek", "Houtstek Meubelmakerij", [
    "Houtstek Meubelmakerij · Ambachtsweg 12, 5272 RN Sint-Michielsgestel",
    "KvK 70451298 · BTW-id NL004512987B55",
    "Werkplaats open ma t/m vr 8.00-17.00 uur.",
    "Eerlijk hout, met de hand gemaakt."], header="Houtstek Meubelmakerij", style="plain")
shop("groenezeep", "De Groene Zeep", [
    "De Groene Zeep · Oudegracht 201, 3511 NK Utrecht",
    "KvK 64123908 · btw NL855912034B01",
    "Dit bericht is automatisch verzonden."], logo="De Groene Zeep", style="div")
shop("onderdelenhuis", "Onderdelenhuis Veenendaal", [
    "Onderdelenhuis Veenendaal B.V., Nijverheidslaan 4, 3903 AN Veenendaal",
    "KvK 30198765 | BTW NL809123456B01"], style="plain")

m(L, "delivery-delay", "html", "Je bestelling {o}: nieuwe verzenddatum", [
    "Beste Sanne,",
    "Allereerst bedankt dat je voor Zilverkoets hebt gekozen.",
    "De zilveren schakelarmband uit bestelling {o} wordt bij ons in de werkplaats met de hand gesoldeerd, en door een tekort aan sluitingen lukt het niet om hem op de aangegeven datum te versturen. We verwachten de armband op donderdag 17 december 2026 te kunnen verzenden, vier dagen later dan aangegeven. Sorry voor het wachten.",
    "Heb je in de tussentijd vragen, dan kun je ons altijd een bericht sturen via Amazon.",
    "Hartelijke groet,\nTeam Zilverkoets"], [],
    "clean delay wrapped in thanks, 'you can always message us' and an AVG/KvK footer", "zilverkoets")
m(L, "additional-information", "text", "Welke naam mogen we graveren? ({o})", [
    "Hoi Mark,",
    "Leuk dat je een gegraveerde hanger bij ons hebt besteld, dank je wel!",
    "In je bestelling is het graveerveld leeg gebleven. Laat je ons weten welke naam of datum we op de hanger mogen zetten? Er passen maximaal 12 tekens op.",
    "Zodra we je antwoord hebben, gaat de hanger de werkplaats in.",
    "Groetjes,\nZilverkoets\nBestelnummer {o}"], [],
    "clean request for the engraving text, 'laat je ons weten' used to ask for a specific thing", "zilverkoets")
m(L, "return-follow-up", "text", "Voorstel gedeeltelijke terugbetaling - {o}", [
    "Beste mevrouw De Vries,",
    "Vervelend dat het tafelblad van uw salontafel een kras heeft. Wij willen u het volgende voorstellen: houdt u de tafel, dan betalen wij 25% van het aankoopbedrag (€ 87,50) terug. Wilt u de tafel toch retourneren, dan halen wij hem kosteloos op.",
    "Laat u ons weten welke optie uw voorkeur heeft?",
    "Met vriendelijke groet,\nHoutstek Meubelmakerij\nBestelling {o}"], [],
    "clean partial refund offer with a percentage and an amount (looks like a discount)", "houtstek")
m(L, "invoice", "html", "Factuur bij bestelling {o}", [
    "Beste heer Jansen,",
    "In de bijlage vindt u de factuur van uw bestelling {o}, met factuurnummer 2026/1184. Het btw-bedrag staat er apart op vermeld.",
    "Bedankt voor uw aankoop en een fijne dag gewenst.",
    "De Groene Zeep"], [],
    "clean invoice with slash invoice number, thanks at the end, VAT/KvK footer and 'sent automatically'", "groenezeep")
m(L, "review-request", "text", "Wil je je ervaring delen? ({o})", [
    "Beste Lotte,",
    "Dank je wel voor je bestelling bij De Groene Zeep. Je hebt je zeepjes nu een paar dagen; als je wilt, kun je een productbeoordeling op Amazon achterlaten. Positief of kritisch, andere kopers hebben er iets aan.",
    "Hartelijke groet,\nDe Groene Zeep\nBestelling {o}"], [],
    "clean neutral review request ('positive or critical'), warm thanks", "groenezeep")
m(L, "delivery-scheduling", "text", "Bezorgafspraak voor je eettafel ({o})", [
    "Beste Pieter,",
    "Je eikenhouten eettafel is klaar. Omdat het blad ruim 70 kilo weegt, bezorgen we hem zelf met twee man. Welk moment past jou het best?",
    "- dinsdag 15 december, 8.00-12.00 uur\n- woensdag 16 december, 13.00-17.00 uur\n- vrijdag 18 december, 8.00-12.00 uur",
    "Laat ook even weten of er een lift is of hoeveel trappen we op moeten.",
    "Groet,\nHoutstek Meubelmakerij\nBestelnummer {o}"], [],
    "clean delivery scheduling of a heavy table (saying it is ready is not a shipping confirmation)", "houtstek")
m(L, "custom-design-verification", "html", "Ontwerp van je gravure ter controle - {o}", [
    "Beste Mark,",
    "Dank voor je snelle antwoord! In de bijlage zie je het ontwerp van de gravure 'Noor 03-11-2026' op je hanger.",
    "Klopt alles, ook de spelling en de datum? Dan horen we graag je akkoord; daarna graveren we de hanger.",
    "Bestelnummer {o}",
    "Team Zilverkoets"], [],
    "clean design proof with a date inside the engraving", "zilverkoets")
m(L, "reply", "text", "Re: Is de zeep geschikt voor een gevoelige huid? {o}", [
    "Beste Fatima,",
    "Goede vraag! Onze havermoutzeep wordt koud geroerd met olijfolie en bevat geen parfum, kleurstoffen of palmolie. Daardoor is hij over het algemeen geschikt voor een gevoelige huid; bij eczeem raden we aan hem eerst op een klein stukje huid te testen.",
    "Met vriendelijke groet,\nDe Groene Zeep\nBestelling {o}"], [],
    "clean reply answering an ingredient question with production/quality statements", "groenezeep")
m(L, "reply", "html", "Re: Garantie remklauw - {o}", [
    "Beste heer Bakker,",
    "Op de remklauw uit bestelling {o} zit twee jaar fabrieksgarantie. Het lekken dat u beschrijft valt daaronder.",
    "Wij sturen u kosteloos een nieuwe remklauw. De defecte klauw kunt u terugsturen met het gratis retourlabel dat u via uw Amazon-bestellingen aanmaakt.",
    "Met vriendelijke groet,\nOnderdelenhuis Veenendaal, afdeling garantie"], [],
    "clean reply to a warranty claim (guarantee is the subject)", "onderdelenhuis")
m(L, "reply", "text", "Re: Ontbrekende bevestigingsset - {o}", [
    "Beste mevrouw Visser,",
    "Excuses dat de bevestigingsset (schroeven en muurplug) ontbrak bij uw wandkast. We sturen de set vandaag nog na, zonder kosten. U hoeft daarvoor niets te doen.",
    "Mocht u bij de montage nog ergens tegenaan lopen, laat het ons dan gerust weten.",
    "Met vriendelijke groet,\nHoutstek Meubelmakerij\nBestelling {o}"], [],
    "clean reply about a missing part, ending with 'let us know'", "houtstek")
m(L, "order-problem", "text", "Bestelling {o} kan niet worden geleverd", [
    "Beste heer De Boer,",
    "Helaas is de door u bestelde uitlaatdemper niet meer leverbaar: de leverancier heeft het model uit productie genomen en onze laatste voorraad bleek beschadigd.",
    "Omdat wij de bestelling niet kunnen verzenden, hebben wij het volledige bedrag van de bestelling terugbetaald wegens gebrek aan voorraad. U ziet het bedrag binnen enkele werkdagen terug op uw rekening.",
    "Onze excuses voor het ongemak.\nOnderdelenhuis Veenendaal\nBestelnummer {o}"], [],
    "clean order problem with the amount refunded for lack of stock", "onderdelenhuis")
# thanks only
m(L, "fulfillment-question", "html", "Bedankt! - {o}", [
    "Beste Sanne,",
    "Wat fijn dat je voor Zilverkoets hebt gekozen. Bedankt voor je vertrouwen!",
    "Heb je ooit een vraag, dan staan we voor je klaar.",
    "Bestelnummer {o}",
    "Hartelijke groet,\nTeam Zilverkoets"], ["BSM202"],
    "thanks-only with logo, AVG and KvK footer", "zilverkoets")
m(L, "additional-information", "text", "Een bedankje uit de werkplaats ({o})", [
    "Beste Pieter,",
    "Namens iedereen in onze werkplaats: hartelijk dank voor je aankoop. Het is voor ons als kleine meubelmakerij elke keer weer bijzonder als een stuk een nieuw thuis vindt.",
    "Mocht er ooit iets zijn, stuur ons gerust een berichtje.",
    "Groet,\nHoutstek Meubelmakerij\nBestelnummer {o}"], ["BSM202"],
    "thanks-only from a workshop, with opening hours and motto in the footer", "houtstek")
m(L, "fulfillment-question", "text", "{o}", [
    "Beste klant,",
    "Hartelijk dank voor uw aankoop bij Onderdelenhuis Veenendaal. Mocht u problemen ondervinden met uw onderdeel, neem dan gerust contact met ons op via Amazon. Wij helpen u graag.",
    "Met vriendelijke groet,\nOnderdelenhuis Veenendaal"], ["BSM202"],
    "thanks-only: thanks and 'if you run into a problem, contact us'; company footer", "onderdelenhuis")
m(L, "fulfillment-question", "text", "Je bestelling is onderweg - {o}", [
    "Hoi Lotte,",
    "Goed nieuws: je zeepjes zijn vanochtend ingepakt en aan PostNL meegegeven. Je ontvangt ze naar verwachting morgen.",
    "Veel plezier ermee!\nDe Groene Zeep"], ["BSM201"],
    "shipment confirmation ('packed and handed to PostNL this morning')", "groenezeep")
# ================================================================ English (en-GB)
L = "en"
shop("thistle", "Thistle & Loom", [
    "Thistle & Loom Ltd, Unit 4, Riverside Mills, Galashiels TD1 1PL",
    "Registered in Scotland, company no. SC512774 | VAT No. GB294716583",
    "Woven in the Borders since 1994."], logo="Thistle & Loom", style="table")
shop("marlowe", "Marlowe Electronics", [
    "Marlowe Electronics Ltd, 22 Canal Street, Manchester M1 3HE",
    "Company no. 10928374 | VAT No. GB318220945",
    "Customer care: Monday to Friday, 9am to 5.30pm.",
    "We process your personal data only to fulfil your order, in line with UK GDPR.",
    "This message was sent automatically."], style="plain")
shop("hartley", "Hartley's Books", [
    "Hartley's Books, 7 Lower Bridge Street, Chester CH1 1RS",
    "Independent booksellers. Company no. 08811420."], header="Hartley's Books", style="plain")
shop("brindle", "Brindle Leather Co.", [
    "Brindle Leather Co., The Old Forge, Ledbury HR8 1BN",
    "VAT No. GB401882716"], logo="Brindle Leather Co.", style="div")

m(L, "delivery-delay", "text", "A short delay to your blanket - order {o}", [
    "Dear Mrs Campbell,",
    "Thank you so much for choosing Thistle & Loom.",
    "I am sorry to say that the lambswool throw in your order has been held up at the finishing stage: our fulling machine needed a replacement part. We now expect to dispatch it on Monday 14 December 2026, five days later than the date shown at purchase.",
    "If you have any questions in the meantime, we are always happy to help.",
    "Warm regards,\nFiona\nThistle & Loom"], [],
    "clean delay wrapped in thanks and 'always happy to help', company/VAT footer and heritage motto", "thistle")
m(L, "additional-information", "html", "Initials for your wallet ({o})", [
    "Hello Tom,",
    "Thanks for your order of a personalised card wallet. We noticed the initials field was left empty. Could you reply with the initials you would like embossed (up to three letters)?",
    "Once we have them, your wallet goes straight to the bench.",
    "Order number: {o}",
    "Best wishes,\nBrindle Leather Co."], [],
    "clean request for initials to emboss; 'thanks for your order' as courtesy inside a permitted request", "brindle")
m(L, "return-follow-up", "text", "Your return request for order {o}", [
    "Dear Mr Okafor,",
    "Thank you for letting us know about the crackling sound from the speaker. To complete your return, could you tell us whether the noise happens on Bluetooth, on the cable input, or on both? This tells our technicians whether to test the amplifier or the receiver.",
    "Kind regards,\nMarlowe Electronics"], [],
    "clean return question asking which input crackles; GDPR, hours and automatic-message footer", "marlowe")
m(L, "invoice", "text", "VAT invoice for order {o}", [
    "Dear Ms Patel,",
    "Please find attached the VAT invoice for your order {o} (invoice no. ML/2026/33871).",
    "Thank you for shopping with us.",
    "Marlowe Electronics"], [],
    "clean invoice, slash invoice number, thanks at the end and full company footer", "marlowe")
m(L, "review-request", "html", "How are you getting on with your books? ({o})", [
    "Dear Mr Hughes,",
    "Thank you for buying from Hartley's. If you have a moment, we would be grateful if you could leave a review of your purchase on Amazon; honest reviews, whatever they say, help other readers choose.",
    "RAW:<p><a href=\"https://www.amazon.co.uk/gp/css/order-history\">Your orders on Amazon.co.uk</a></p>",
    "Order {o}",
    "With best wishes from all at Hartley's"], [],
    "clean neutral review request with a descriptive https link to amazon.co.uk", "hartley")
m(L, "custom-design-verification", "html", "Your monogram proof - order {o}", [
    "Hello Tom,",
    "Attached is the proof of your wallet with the initials T.J.W. in blind emboss, bottom right corner.",
    "If it looks right to you, just reply with your approval and we will emboss it. If you would like a change, tell us what and we will send a new proof.",
    "Order number: {o}\nBrindle Leather Co."], [],
    "clean design proof", "brindle")
m(L, "delivery-scheduling", "text", "Booking a delivery slot for your TV - {o}", [
    "Dear Mr Ahmed,",
    "Because your 77-inch television is a two-person delivery, our courier needs to book a slot with you. The available slots are Tuesday 15 December (7am-12pm) or Thursday 17 December (12pm-6pm).",
    "Please reply with the slot that suits you.",
    "Many thanks,\nMarlowe Electronics\nOrder {o}"], [],
    "clean delivery scheduling for a large TV", "marlowe")
m(L, "reply", "text", "Re: Is the throw machine washable? ({o})", [
    "Dear Mrs Campbell,",
    "Thank you for your question. Your throw is woven from 100% British lambswool on our own looms in Galashiels and then washed and brushed by hand. It can go in the machine on a wool cycle at 30 degrees; please dry it flat and away from direct heat.",
    "We hope this helps.\nFiona at Thistle & Loom\nOrder {o}"], [],
    "clean reply answering a care question with material/production statements", "thistle")
m(L, "reply", "html", "Re: Faulty left earbud - warranty ({o})", [
    "Dear Mr Okafor,",
    "I am sorry the left earbud has stopped charging. Your earbuds carry a two-year warranty, and this fault is covered.",
    "We will send you a replacement pair at no cost. You can return the faulty pair with the free return label from your Amazon orders page.",
    "Kind regards,\nMarlowe Electronics, warranty team"], [],
    "clean warranty reply", "marlowe")
m(L, "reply", "text", "Re: Missing dust jacket - {o}", [
    "Dear Ms Green,",
    "Thank you for telling us. You are quite right: the listing for the 1954 edition of 'Lucky Jim' promised the original dust jacket, and it was left out of your parcel. We found it on our packing table and will post it to you separately at our expense.",
    "Apologies for the mix-up.\nHartley's Books\nOrder {o}"], [],
    "clean reply about a missing part (the dust jacket), apologetic, future posting", "hartley")
m(L, "delivery-delay", "html", "New dispatch date for your order {o}", [
    "Dear Ms Green,",
    "Thank you for your order from Hartley's. The second-hand copy of 'The Go-Between' you bought is coming from our storage in Wrexham, and it will not be with us until next week. We now plan to send it on 15 December 2026, which is later than the dispatch time shown when you ordered.",
    "Please accept our apologies; we are here if you have any questions.",
    "Hartley's Books"], [],
    "clean delay, ending with 'we are here if you have any questions'", "hartley")
# thanks only
m(L, "fulfillment-question", "html", "A note of thanks - {o}", [
    "Dear Mrs Campbell,",
    "Just a short note to say thank you for choosing Thistle & Loom. Every piece we make passes through many hands here in the Borders, and it means a great deal to us that you chose one of them.",
    "If you ever need anything, we are only a message away.",
    "Warm regards,\nFiona"], ["BSM202"],
    "thanks-only: thanks, craft statement, 'we are only a message away'; logo, VAT and motto footer", "thistle")
m(L, "additional-information", "text", "Thank you from Hartley's ({o})", [
    "Dear Mr Hughes,",
    "Thank you for your purchase from Hartley's Books. We are a small family bookshop and every order from a reader like you keeps our doors open.",
    "Should any problem arise, do get in touch and we will put it right.",
    "Happy reading!\nHartley's Books"], ["BSM202"],
    "thanks-only with 'should any problem arise, get in touch'; bookshop header and company footer", "hartley")
m(L, "fulfillment-question", "text", "{o} - thank you", [
    "Hi Tom,",
    "Thanks for supporting a small workshop. We hope you enjoy your new wallet for many years.",
    "Any questions, just drop us a message.",
    "Cheers,\nBrindle Leather Co."], ["BSM202"],
    "thanks-only, casual register, VAT footer", "brindle")
m(L, "reply", "text", "Re: Where is my parcel? ({o})", [
    "Mr Okafor,",
    "Your bloody parcel will turn up when it turns up. Stop pestering us with your damn questions every two hours; frankly, you are a pain in the arse.",
    "Marlowe Electronics"], ["BSM306"],
    "reply with profanity and insults towards the buyer", "marlowe")
# ================================================================ German
L = "de"
shop("ahrens", "Silberschmiede Ahrens", [
    "Silberschmiede Ahrens · Inh. Katrin Ahrens · Schnoor 14, 28195 Bremen",
    "USt-IdNr. DE287654321",
    "Ihre Daten verarbeiten wir ausschließlich zur Abwicklung Ihrer Bestellung (Art. 6 Abs. 1 lit. b DSGVO)."], logo="Silberschmiede Ahrens", style="table")
shop("brenner", "Holzwerkstatt Brenner", [
    "Holzwerkstatt Brenner GmbH · Sägewerkstraße 3 · 83714 Miesbach",
    "Geschäftsführer: Josef Brenner · Amtsgericht München HRB 234567 · USt-IdNr. DE301928374",
    "Massivholz aus Oberbayern, seit 1978."], header="Holzwerkstatt Brenner", style="plain")
shop("kessler", "Elektro Kessler", [
    "Elektro Kessler GmbH, Industriestraße 21, 70565 Stuttgart",
    "Registergericht Stuttgart HRB 765432, USt-IdNr. DE198273645",
    "Servicezeiten: Mo-Fr 8-18 Uhr",
    "Diese Nachricht wurde automatisch erstellt."], style="plain")
shop("allgaeu", "Naturseifen Allgäu", [
    "Naturseifen Allgäu · Hauptstraße 7 · 87459 Pfronten",
    "USt-IdNr. DE314159265"], logo="Naturseifen Allgäu", style="div")

m(L, "delivery-delay", "text", "Ihre Bestellung {o}: neuer Versandtermin", [
    "Sehr geehrte Frau Schulte,",
    "vielen Dank, dass Sie sich für die Holzwerkstatt Brenner entschieden haben.",
    "Der Eichen-Esstisch aus Ihrer Bestellung {o} braucht wegen der feuchten Witterung länger zum Trocknen der Ölung als geplant. Wir können ihn daher erst am 18.12.2026 versenden, eine Woche später als bei der Bestellung angegeben. Bitte entschuldigen Sie die Verzögerung.",
    "Für Fragen stehen wir Ihnen selbstverständlich jederzeit zur Verfügung.",
    "Mit freundlichen Grüßen\nJosef Brenner"], [],
    "clean delay wrapped in thanks and 'jederzeit zur Verfügung', Impressum-style footer with HRB, USt-IdNr and a motto", "brenner")
m(L, "additional-information", "html", "Gravurtext für Ihren Ring ({o})", [
    "Liebe Frau Weber,",
    "herzlichen Dank für Ihre Bestellung bei der Silberschmiede Ahrens!",
    "Für die Innengravur Ihres Rings fehlt uns noch der Text. Schreiben Sie uns bitte, welche Namen oder welches Datum wir eingravieren dürfen (höchstens 20 Zeichen)?",
    "Sobald wir Ihre Antwort haben, fertigen wir den Ring an.",
    "Herzliche Grüße aus Bremen\nKatrin Ahrens\nBestellnummer {o}"], [],
    "clean request for the engraving text ('Schreiben Sie uns') wrapped in thanks and DSGVO footer", "ahrens")
m(L, "return-follow-up", "text", "Rückfrage zu Ihrer Rücksendung - {o}", [
    "Guten Tag Herr Yılmaz,",
    "vielen Dank für Ihre Rücksendeanfrage zum Akku-Staubsauger. Damit wir die Rücksendung abschließen können: Ist das Ladegerät noch vorhanden und legen Sie es dem Paket bei? Falls nicht, geben Sie uns bitte kurz Bescheid.",
    "Freundliche Grüße\nIhr Team von Elektro Kessler\nBestellung {o}"], [],
    "clean return question (is the charger included); service hours and 'automatically created' footer", "kessler")
m(L, "return-follow-up", "html", "Angebot einer Teilerstattung ({o})", [
    "Liebe Frau Berger,",
    "es tut uns leid, dass die Seifen aus Bestellung {o} beim Transport angebrochen sind. Anstatt sie zurückzuschicken, können Sie sie gern behalten; wir erstatten Ihnen dann 50 % des Kaufpreises, also 12,45 €.",
    "Ist das für Sie in Ordnung? Eine kurze Antwort genügt.",
    "Herzliche Grüße\nNaturseifen Allgäu"], [],
    "clean partial refund offer (percentage and amount)", "allgaeu", "de-AT")
m(L, "invoice", "text", "Rechnung zu Ihrer Bestellung {o}", [
    "Sehr geehrter Herr Krämer,",
    "anbei erhalten Sie die Rechnung Nr. EK-2026/04417 zu Ihrer Bestellung {o}. Die Umsatzsteuer ist darin gesondert ausgewiesen.",
    "Vielen Dank für Ihren Einkauf und einen schönen Tag!",
    "Elektro Kessler GmbH"], [],
    "clean invoice with slash invoice number, thanks at the end, HRB/USt-IdNr footer", "kessler")
m(L, "review-request", "html", "Ihre Meinung zu Ihrem Kauf ({o})", [
    "Liebe Frau Berger,",
    "vielen Dank, dass Sie unsere Seifen ausprobieren. Wenn Sie möchten, schreiben Sie gern eine Produktbewertung auf Amazon, ob lobend oder kritisch. Ihre Erfahrung hilft anderen Käuferinnen und Käufern bei der Auswahl.",
    "RAW:<p><a href=\"https://www.amazon.de/gp/css/order-history\">Ihre Bestellungen bei Amazon.de</a></p>",
    "Bestellnummer {o}",
    "Herzliche Grüße aus dem Allgäu"], [],
    "clean neutral review request with a descriptive amazon.de link", "allgaeu")
m(L, "delivery-scheduling", "text", "Liefertermin für Ihren Kleiderschrank - {o}", [
    "Sehr geehrte Frau Schulte,",
    "Ihr Kleiderschrank wird von unserer Spedition zugestellt und in die Wohnung getragen. Dafür brauchen wir einen Termin, an dem Sie zu Hause sind. Möglich sind:",
    "- Dienstag, 15.12., 8-12 Uhr\n- Mittwoch, 16.12., 13-17 Uhr",
    "Bitte teilen Sie uns außerdem mit, in welchem Stockwerk Sie wohnen und ob es einen Aufzug gibt.",
    "Mit freundlichen Grüßen\nHolzwerkstatt Brenner\nBestellung {o}"], [],
    "clean scheduling of a wardrobe delivery with a floor/lift question", "brenner")
m(L, "home-service-appointment", "text", "Termin für die Montage Ihrer Wallbox ({o})", [
    "Guten Tag Herr Krämer,",
    "zu Ihrer Bestellung {o} haben Sie die Installation der Wallbox durch unseren Elektriker gebucht. Er kann am Montag, 21.12.2026, zwischen 8 und 12 Uhr oder am Dienstag, 22.12.2026, zwischen 13 und 17 Uhr kommen.",
    "Welcher Termin passt Ihnen? Teilen Sie uns bitte auch mit, ob der Zählerschrank im Keller oder in der Garage ist.",
    "Freundliche Grüße\nElektro Kessler"], [],
    "clean home-service appointment with a question about the meter cabinet", "kessler")
m(L, "custom-design-verification", "html", "Entwurf Ihrer Gravur zur Freigabe - {o}", [
    "Liebe Frau Weber,",
    "vielen Dank für den Gravurtext. Im Anhang finden Sie den Entwurf: 'Lena & Jonas 12.06.2026' in Schreibschrift auf der Innenseite des Rings.",
    "Bitte prüfen Sie Schreibweise und Datum und geben Sie uns kurz Ihre Freigabe. Erst danach gravieren wir.",
    "Bestellnummer {o}\nKatrin Ahrens"], [],
    "clean design proof with a date in the engraving", "ahrens")
m(L, "reply", "text", "Re: Ist der Tisch aus Massivholz? ({o})", [
    "Sehr geehrter Herr Hofmann,",
    "danke für Ihre Frage. Die Tischplatte ist aus massiver Eiche, durchgehend verleimt, ohne Furnier. Wir behandeln sie mit einem lebensmittelechten Hartwachsöl; kleine Kratzer lassen sich damit einfach nachölen.",
    "Viele Grüße aus Miesbach\nJosef Brenner\nBestellung {o}"], [],
    "clean reply with material/production statements answering the buyer", "brenner")
m(L, "reply", "html", "Re: Garantiefall Kaffeemaschine - {o}", [
    "Sehr geehrter Herr Yılmaz,",
    "es tut uns leid, dass die Pumpe Ihrer Kaffeemaschine ausgefallen ist. Das Gerät hat zwei Jahre Herstellergarantie, der Defekt ist davon abgedeckt.",
    "Wir senden Ihnen ein Austauschgerät. Das defekte Gerät können Sie mit dem kostenlosen Rücksendeetikett aus Ihrem Amazon-Konto zurückschicken.",
    "Mit freundlichen Grüßen\nElektro Kessler, Garantieabteilung\nBestellung {o}"], [],
    "clean warranty reply", "kessler")
# thanks only
m(L, "fulfillment-question", "html", "Ein herzliches Dankeschön - {o}", [
    "Liebe Frau Weber,",
    "wir möchten uns ganz herzlich für Ihren Einkauf bei der Silberschmiede Ahrens bedanken. Jedes Schmuckstück entsteht bei uns von Hand in unserer kleinen Werkstatt im Bremer Schnoor.",
    "Falls Sie Fragen haben, sind wir jederzeit gern für Sie da.",
    "Bestellnummer {o}",
    "Herzliche Grüße\nKatrin Ahrens"], ["BSM202"],
    "thanks-only with a craft statement, logo and DSGVO footer", "ahrens")
m(L, "additional-information", "text", "Danke! ({o})", [
    "Sehr geehrter Herr Krämer,",
    "vielen Dank für Ihr Vertrauen in Elektro Kessler. Sollte es mit Ihrem Gerät einmal ein Problem geben, stehen wir Ihnen gern zur Verfügung.",
    "Mit freundlichen Grüßen\nElektro Kessler\nBestellung {o}"], ["BSM202"],
    "thanks-only: thanks and 'if a problem arises we are available', full company footer", "kessler")
m(L, "fulfillment-question", "text", "Grüße aus der Werkstatt - {o}", [
    "Liebe Familie Schulte,",
    "danke, dass Sie sich für ein Möbelstück aus unserer Werkstatt entschieden haben. Wir wünschen Ihnen viele schöne Stunden damit.",
    "Bei Fragen sind wir gern für Sie da.",
    "Herzliche Grüße\nJosef Brenner und Team\nBestellung {o}"], ["BSM202"],
    "thanks-only with wishes, Impressum footer and motto", "brenner")
m(L, "delivery-delay", "html", "Kleine Verzögerung bei Ihrer Bestellung {o}", [
    "Liebe Frau Berger,",
    "Ihre Lavendelseifen müssen noch zwei Tage länger reifen und werden daher erst am 15.12.2026 verschickt, drei Tage später als angegeben. Entschuldigen Sie bitte die Wartezeit.",
    "Übrigens: Mit dem Code WINTER20 erhalten Sie bei Ihrer nächsten Bestellung 20 % Rabatt auf unsere neue Winterkollektion.",
    "Herzliche Grüße\nNaturseifen Allgäu"], ["BSM203"],
    "permitted delay with a discount code for the new collection (marketing)", "allgaeu")
# ================================================================ French
L = "fr"
shop("lumiere", "Atelier Lumière", [
    "Atelier Lumière – Bijoux faits main – 14 rue Mercière, 69002 Lyon",
    "SARL au capital de 8 000 € – RCS Lyon 812 345 678 – TVA FR45812345678",
    "Conformément au RGPD, vos données servent uniquement au traitement de votre commande."], logo="Atelier Lumière", style="table")
shop("morel", "Ébénisterie Morel", [
    "Ébénisterie Morel – ZA des Prés, 39200 Saint-Claude",
    "SIRET 504 118 227 00025 – TVA FR12504118227",
    "L'atelier est ouvert du lundi au vendredi, de 8 h à 17 h."], header="Ébénisterie Morel", style="plain")
shop("luberon", "Savonnerie du Luberon", [
    "Savonnerie du Luberon – Chemin des Lavandes, 84400 Apt",
    "SIRET 790 664 310 00014",
    "Ce message a été envoyé automatiquement."], logo="Savonnerie du Luberon", style="div")
shop("dufour", "Dufour Pièces Auto", [
    "Dufour Pièces Auto SAS – 3 avenue de l'Industrie, 59650 Villeneuve-d'Ascq",
    "RCS Lille Métropole 441 229 870 – TVA FR70441229870"], style="plain")

m(L, "delivery-delay", "html", "Commande {o} : nouvelle date d'expédition", [
    "Bonjour Madame Lefèvre,",
    "Merci beaucoup d'avoir choisi l'Atelier Lumière.",
    "Les boucles d'oreilles de votre commande {o} sont façonnées à la main dans notre atelier, et le fermoir que nous utilisons est en rupture chez notre fournisseur. Nous pourrons les expédier le mardi 15 décembre 2026, soit quatre jours après la date indiquée lors de votre achat. Nous vous prions de nous excuser pour ce retard.",
    "Nous restons à votre disposition pour toute question.",
    "Bien cordialement,\nClaire, Atelier Lumière"], [],
    "clean delay wrapped in thanks and 'nous restons à votre disposition', RGPD and RCS/TVA footer", "lumiere")
m(L, "additional-information", "text", "Le prénom à graver sur votre médaille ({o})", [
    "Bonjour Julien,",
    "Merci pour votre commande d'une médaille gravée. Le champ de personnalisation est resté vide : pourriez-vous nous indiquer le prénom à graver (10 lettres au maximum) ?",
    "Dès réception de votre réponse, nous lançons la gravure.",
    "Belle journée,\nAtelier Lumière\nCommande {o}"], [],
    "clean request for the name to engrave", "lumiere")
m(L, "return-follow-up", "text", "Votre demande de retour – commande {o}", [
    "Bonjour Monsieur Garnier,",
    "Nous avons bien pris connaissance de votre demande de retour pour le disque de frein. Afin de finaliser le retour, pourriez-vous nous préciser si le disque a été monté sur le véhicule ? Un disque monté ne peut pas être remis en stock, et la procédure est alors différente.",
    "Cordialement,\nDufour Pièces Auto"], [],
    "clean return question (was the disc fitted?)", "dufour")
m(L, "invoice", "text", "Votre facture – commande {o}", [
    "Bonjour Madame Roux,",
    "Veuillez trouver ci-joint la facture n° F-2026/1207 relative à votre commande {o}. La TVA y figure séparément.",
    "Nous vous remercions pour votre confiance.",
    "Ébénisterie Morel"], [],
    "clean invoice with slash number, thanks at the end, SIRET/TVA footer and opening hours", "morel")
m(L, "review-request", "text", "Votre avis sur votre achat ({o})", [
    "Bonjour Madame Martin,",
    "Merci d'avoir choisi nos savons. Si vous le souhaitez, vous pouvez laisser une évaluation de votre achat sur Amazon ; qu'elle soit positive ou non, elle aidera d'autres clients à faire leur choix.",
    "Très belle journée à vous,\nSavonnerie du Luberon\nCommande {o}"], [],
    "clean neutral review request ('positive or not')", "luberon")
m(L, "delivery-scheduling", "html", "Rendez-vous de livraison pour votre buffet ({o})", [
    "Bonjour Madame Roux,",
    "Votre buffet en noyer pèse près de 90 kg ; il sera livré par notre transporteur, à deux personnes, jusque dans la pièce de votre choix. Pour cela, nous devons convenir d'un créneau :",
    "- jeudi 17 décembre, de 8 h à 12 h\n- vendredi 18 décembre, de 13 h à 17 h",
    "Merci de nous indiquer celui qui vous convient, ainsi que l'étage et la présence d'un ascenseur.",
    "Bien à vous,\nÉbénisterie Morel\nCommande {o}"], [],
    "clean delivery scheduling of a heavy sideboard", "morel")
m(L, "custom-design-verification", "html", "Maquette de votre gravure à valider – {o}", [
    "Bonjour Julien,",
    "Merci pour votre réponse rapide. Vous trouverez en pièce jointe la maquette de la médaille gravée « Maëlle – 02.03.2026 ».",
    "Pouvez-vous vérifier l'orthographe et la date, puis nous donner votre accord ? La gravure sera réalisée dès votre validation.",
    "Commande {o}\nAtelier Lumière"], [],
    "clean design proof with accented name and date", "lumiere")
m(L, "reply", "text", "Re : Le savon convient-il aux peaux sensibles ? {o}", [
    "Bonjour Madame Martin,",
    "Merci pour votre question. Notre savon au lait d'ânesse est fabriqué à froid, avec 7 % de surgras, sans parfum de synthèse ni colorant. Il convient en général aux peaux sensibles ; en cas d'eczéma, nous vous conseillons de faire d'abord un essai sur une petite zone.",
    "Bien cordialement,\nSavonnerie du Luberon\nCommande {o}"], [],
    "clean reply answering a question with production/ingredient statements", "luberon")
m(L, "reply", "text", "Re : Garantie de l'alternateur – {o}", [
    "Bonjour Monsieur Garnier,",
    "Nous sommes désolés de cette panne. L'alternateur de votre commande {o} bénéficie d'une garantie constructeur de deux ans, et le défaut que vous décrivez est couvert.",
    "Nous vous envoyons une pièce de remplacement ; vous pourrez nous retourner la pièce défectueuse avec l'étiquette de retour gratuite disponible dans vos commandes Amazon.",
    "Cordialement,\nService garantie, Dufour Pièces Auto"], [],
    "clean warranty reply", "dufour")
m(L, "reply", "html", "Re : Pièce manquante – commande {o}", [
    "Bonjour Madame Dubois,",
    "Toutes nos excuses : le sachet de chevilles et la clé Allen manquaient dans le colis de votre étagère. Nous vous les envoyons dès demain, sans frais.",
    "Si quelque chose d'autre vous manque pour le montage, dites-le-nous simplement.",
    "Bien à vous,\nÉbénisterie Morel"], [],
    "clean reply about a missing part", "morel", "fr-BE")
m(L, "order-problem", "text", "Votre commande {o} ne peut pas être expédiée", [
    "Bonjour Monsieur Petit,",
    "Nous sommes au regret de vous informer que le kit de distribution commandé n'est plus disponible : notre fournisseur a arrêté cette référence et notre dernier exemplaire était endommagé.",
    "Comme nous ne pouvons pas expédier votre commande, nous avons remboursé l'intégralité de son montant pour rupture de stock. Le remboursement apparaîtra sur votre compte sous quelques jours ouvrés.",
    "Avec nos excuses,\nDufour Pièces Auto"], [],
    "clean order problem with full refund for lack of stock", "dufour")
# thanks only
m(L, "fulfillment-question", "html", "Un grand merci – {o}", [
    "Bonjour Madame Lefèvre,",
    "Toute l'équipe de l'Atelier Lumière tient à vous remercier chaleureusement pour votre achat. Chaque bijou est pensé et façonné à la main, à Lyon.",
    "Nous restons à votre entière disposition pour toute question.",
    "Commande {o}",
    "Bien cordialement,\nClaire"], ["BSM202"],
    "thanks-only with a craft statement, RGPD and RCS footer", "lumiere")
m(L, "additional-information", "text", "Merci ! ({o})", [
    "Bonjour Madame Martin,",
    "Merci d'avoir choisi la Savonnerie du Luberon. Nous espérons que nos savons vous apporteront un peu du soleil de Provence.",
    "En cas de souci, n'hésitez pas à nous écrire.",
    "Belle journée,\nSavonnerie du Luberon\nCommande {o}"], ["BSM202"],
    "thanks-only: thanks, wish, 'if there is a problem, write to us'; automatic-message footer", "luberon")
m(L, "fulfillment-question", "text", "Commande {o}", [
    "Madame, Monsieur,",
    "Nous vous remercions pour votre achat chez Dufour Pièces Auto et restons à votre disposition si un problème devait survenir.",
    "Cordialement,\nDufour Pièces Auto"], ["BSM202"],
    "thanks-only, formal and short, company footer", "dufour")
m(L, "review-request", "text", "Êtes-vous satisfait de votre étagère ? ({o})", [
    "Bonjour Madame Dubois,",
    "Si vous êtes satisfaite de votre étagère, nous serions ravis que vous nous laissiez une évaluation 5 étoiles sur Amazon. Si ce n'est pas le cas, merci de nous contacter directement avant de laisser un avis.",
    "Bien à vous,\nÉbénisterie Morel"], ["BSM206"],
    "conditional review request: only if satisfied, five stars, unhappy buyers steered to contact the shop", "morel")
# ================================================================ Italian
L = "it"
shop("bellini", "Oreficeria Bellini", [
    "Oreficeria Bellini s.n.c. – Contrà Porti 9, 36100 Vicenza",
    "P.IVA 03124560248 – REA VI-301122",
    "I dati personali sono trattati ai sensi del Regolamento UE 2016/679 al solo fine di evadere l'ordine."], logo="Oreficeria Bellini", style="table")
shop("tessitura", "Tessitura Valtellina", [
    "Tessitura Valtellina S.r.l. – Via Nazionale 112, 23037 Tirano (SO)",
    "P.IVA 00876540144 – Capitale sociale € 50.000 i.v.",
    "Tessiamo lana e canapa dal 1921."], header="Tessitura Valtellina", style="plain")
shop("esposito", "Ricambi Esposito", [
    "Ricambi Esposito S.r.l. – Via Argine 310, 80147 Napoli",
    "P.IVA 07123450631",
    "Orari del servizio clienti: lunedì-venerdì 9:00-13:00 e 14:30-18:00.",
    "Messaggio generato automaticamente."], style="plain")
shop("casaolivo", "Casa dell'Olivo", [
    "Casa dell'Olivo – Frantoio e saponi naturali – Via dei Mulini 4, 06081 Assisi (PG)",
    "P.IVA 02987650549"], logo="Casa dell'Olivo", style="div")

m(L, "delivery-delay", "text", "Ordine {o}: nuova data di spedizione", [
    "Gentile signora Ferri,",
    "grazie di cuore per aver scelto la Tessitura Valtellina.",
    "Il plaid in lana dell'ordine {o} è ancora sul telaio: un guasto alla macchina di finissaggio ha rallentato la produzione. Potremo spedirlo giovedì 17 dicembre 2026, cinque giorni dopo la data indicata al momento dell'acquisto. Ci scusiamo per il ritardo.",
    "Restiamo a sua disposizione per qualsiasi domanda.",
    "Cordiali saluti,\nTessitura Valtellina"], [],
    "clean delay wrapped in thanks and 'restiamo a sua disposizione', company footer with motto", "tessitura")
m(L, "additional-information", "html", "Il nome da incidere sul bracciale ({o})", [
    "Ciao Giulia,",
    "grazie per aver ordinato un bracciale personalizzato! Nel tuo ordine manca il testo da incidere: ci scrivi il nome o la data che desideri (massimo 15 caratteri)?",
    "Appena riceviamo la tua risposta, il bracciale passa al laboratorio.",
    "Ordine {o}",
    "Un saluto da Vicenza,\nOreficeria Bellini"], [],
    "clean request for the engraving text ('ci scrivi...?') with GDPR footer", "bellini")
m(L, "return-follow-up", "text", "Proposta di rimborso parziale – ordine {o}", [
    "Gentile signor Conti,",
    "ci dispiace che la tovaglia abbia un piccolo difetto di tessitura sul bordo. Se preferisce tenerla, possiamo rimborsarle il 30% del prezzo, pari a 21,00 €. Se invece desidera restituirla, procederemo con il reso completo.",
    "Ci fa sapere quale soluzione preferisce?",
    "Cordiali saluti,\nTessitura Valtellina"], [],
    "clean partial refund offer (percentage and amount)", "tessitura")
m(L, "invoice", "html", "Fattura dell'ordine {o}", [
    "Gentile signor Russo,",
    "in allegato trova la fattura n. 2026/845 relativa al suo ordine {o}, con l'IVA indicata separatamente.",
    "La ringraziamo per il suo acquisto.",
    "Ricambi Esposito"], [],
    "clean invoice, slash number, thanks, P.IVA, service hours and auto-generated footer", "esposito")
m(L, "review-request", "text", "La sua opinione sull'acquisto ({o})", [
    "Gentile signora Marini,",
    "grazie per aver acquistato il nostro olio. Se lo desidera, può lasciare una recensione del prodotto su Amazon: ogni opinione, positiva o negativa, aiuta gli altri clienti nella scelta.",
    "Un caro saluto,\nCasa dell'Olivo\nOrdine {o}"], [],
    "clean neutral review request", "casaolivo")
m(L, "custom-design-verification", "html", "Bozza dell'incisione da approvare – {o}", [
    "Ciao Giulia,",
    "grazie per averci scritto il testo. In allegato trovi la bozza del bracciale con l'incisione «Marco 14·02·2026» in corsivo.",
    "Controlla per favore nome e data e rispondici con la tua approvazione: incideremo il bracciale subito dopo.",
    "Ordine {o}\nOreficeria Bellini"], [],
    "clean design proof", "bellini")
m(L, "fulfillment-question", "text", "Consegna del suo ordine {o}", [
    "Gentile signor Russo,",
    "il corriere ci informa che non è riuscito a consegnare il pacco perché al suo indirizzo manca il numero dell'interno. Può indicarci scala e interno, così da poter programmare una nuova consegna?",
    "Cordiali saluti,\nRicambi Esposito"], [],
    "clean fulfillment question after a failed delivery", "esposito")
m(L, "reply", "text", "Re: L'olio è filtrato? {o}", [
    "Gentile signora Marini,",
    "grazie della domanda. Il nostro extravergine è ottenuto da olive moraiolo e frantoio raccolte a mano e spremute a freddo entro dodici ore. Non è filtrato: un leggero deposito sul fondo della bottiglia è quindi normale e non ne altera la qualità.",
    "Cordiali saluti,\nCasa dell'Olivo\nOrdine {o}"], [],
    "clean reply answering a product question with production/quality statements", "casaolivo")
m(L, "reply", "html", "Re: Garanzia della pompa acqua – {o}", [
    "Gentile signor Russo,",
    "ci dispiace per il problema. La pompa dell'acqua del suo ordine {o} è coperta da due anni di garanzia del produttore e il difetto descritto rientra nella copertura.",
    "Le invieremo un ricambio nuovo; il pezzo difettoso potrà restituirlo con l'etichetta di reso gratuita disponibile tra i suoi ordini Amazon.",
    "Cordiali saluti,\nRicambi Esposito – Ufficio garanzie"], [],
    "clean warranty reply", "esposito")
m(L, "reply", "text", "Re: Manca la catenella – ordine {o}", [
    "Gentile signora Bianchi,",
    "ci scusiamo: nella confezione del ciondolo mancava la catenella da 45 cm. Gliela spediamo oggi stesso senza alcun costo aggiuntivo.",
    "Per qualsiasi altra necessità siamo a sua disposizione.",
    "Oreficeria Bellini"], [],
    "clean reply about a missing chain, ends with 'at your disposal'", "bellini")
m(L, "delivery-scheduling", "text", "Appuntamento per la consegna del telaio – {o}", [
    "Gentile signora Ferri,",
    "il telaio da tavolo che ha ordinato è molto ingombrante e viene consegnato con un nostro trasportatore, su appuntamento. Le sono comodi martedì 15 dicembre al mattino oppure mercoledì 16 dicembre nel pomeriggio?",
    "Cordiali saluti,\nTessitura Valtellina\nOrdine {o}"], [],
    "clean scheduling of a bulky delivery", "tessitura")
# thanks only
m(L, "fulfillment-question", "html", "Grazie di cuore – {o}", [
    "Gentile signora Bianchi,",
    "da tutti noi dell'Oreficeria Bellini, grazie di cuore per il suo acquisto. Ogni gioiello nasce nel nostro laboratorio di Vicenza, dove lavoriamo l'oro da tre generazioni.",
    "Per qualsiasi necessità siamo a sua completa disposizione.",
    "Ordine {o}",
    "Con i migliori saluti,\nOreficeria Bellini"], ["BSM202"],
    "thanks-only with heritage statement, logo and GDPR footer", "bellini")
m(L, "additional-information", "text", "Un grazie dalla Valtellina ({o})", [
    "Gentile signor Conti,",
    "la ringraziamo per aver scelto i nostri tessuti. Le auguriamo di goderseli a lungo.",
    "Se dovesse sorgere qualsiasi problema, non esiti a scriverci.",
    "Cordiali saluti,\nTessitura Valtellina\nOrdine {o}"], ["BSM202"],
    "thanks-only with 'if any problem arises, write to us', motto footer", "tessitura")
m(L, "fulfillment-question", "text", "Ordine {o} – grazie!", [
    "Ciao!",
    "Grazie per aver scelto Casa dell'Olivo. Buon appetito e a presto!",
    "Casa dell'Olivo"], ["BSM202"],
    "thanks-only, short and casual", "casaolivo")
m(L, "review-request", "html", "Un piccolo regalo per la sua recensione – {o}", [
    "Gentile signor Russo,",
    "grazie per il suo acquisto. Se lascia una recensione del prodotto su Amazon, le rimborseremo le spese di spedizione del suo prossimo ordine: basta inviarci il link alla recensione pubblicata.",
    "Cordiali saluti,\nRicambi Esposito"], ["BSM204"],
    "review request tied to a future benefit (refund of shipping costs on the next order)", "esposito")
# ================================================================ Spanish
L = "es"
shop("alcaraz", "Platería Alcaraz", [
    "Platería Alcaraz S.L. · Calle Judíos 11, 14004 Córdoba",
    "CIF B14567832 · Registro Mercantil de Córdoba, Tomo 2451, Folio 88, Hoja CO-33120",
    "De acuerdo con el RGPD, tratamos sus datos únicamente para gestionar su pedido."], logo="Platería Alcaraz", style="table")
shop("norte", "Carpintería del Norte", [
    "Carpintería del Norte · Polígono Industrial Landaben, calle E, 31012 Pamplona",
    "CIF B31245678",
    "Taller abierto de lunes a viernes, de 8:00 a 16:00."], header="Carpintería del Norte", style="plain")
shop("aldea", "Jabones de la Aldea", [
    "Jabones de la Aldea · Plaza Mayor 2, 10600 Plasencia (Cáceres)",
    "NIF 76123456X",
    "Este mensaje se ha enviado de forma automática."], logo="Jabones de la Aldea", style="div")
shop("navarro", "Recambios Navarro", [
    "Recambios Navarro S.L. · Avenida de la Industria 45, 28823 Coslada (Madrid)",
    "CIF B87654321"], style="plain")

m(L, "delivery-delay", "html", "Pedido {o}: nueva fecha de envío", [
    "Hola, Lucía:",
    "Antes de nada, gracias por confiar en Platería Alcaraz.",
    "Los pendientes de filigrana de tu pedido {o} se están terminando a mano y uno de nuestros plateros ha estado de baja esta semana. Podremos enviarlos el miércoles 16 de diciembre de 2026, cinco días más tarde de lo indicado al hacer la compra. Sentimos mucho el retraso.",
    "Si tienes cualquier duda mientras tanto, estamos a tu disposición.",
    "Un abrazo desde Córdoba,\nPlatería Alcaraz"], [],
    "clean delay wrapped in thanks and 'estamos a tu disposición', RGPD and registry footer", "alcaraz")
m(L, "additional-information", "text", "Nombre para grabar en su colgante ({o})", [
    "Estimado señor Gómez:",
    "Gracias por su pedido de un colgante grabado. No nos ha llegado el texto del grabado: ¿podría indicarnos el nombre o la fecha que desea (máximo 12 caracteres)?",
    "En cuanto lo recibamos, empezaremos a trabajar en la pieza.",
    "Atentamente,\nPlatería Alcaraz\nPedido {o}"], [],
    "clean request for the engraving text", "alcaraz")
m(L, "return-follow-up", "text", "Sobre su solicitud de devolución – pedido {o}", [
    "Estimada señora Ruiz:",
    "Hemos recibido su solicitud de devolución de la silla. Para completarla, ¿podría indicarnos si la silla está montada o si todavía la conserva en su embalaje original? Según el caso, organizaremos la recogida con un transportista diferente.",
    "Un saludo cordial,\nCarpintería del Norte"], [],
    "clean return question (assembled or still packed?)", "norte")
m(L, "return-follow-up", "html", "Propuesta de reembolso parcial – {o}", [
    "Hola, Marta:",
    "Sentimos que dos de las pastillas de jabón llegaran partidas. Si prefieres quedarte con el lote, te reembolsamos el 40 % del importe (9,60 €). Si lo prefieres, también puedes devolverlo entero.",
    "¿Nos dices qué opción prefieres?",
    "Un saludo,\nJabones de la Aldea\nPedido {o}"], [],
    "clean partial refund offer with percentage and amount", "aldea")
m(L, "invoice", "text", "Factura de su pedido {o}", [
    "Estimado señor Martín:",
    "Le adjuntamos la factura n.º 2026/A-1193 correspondiente a su pedido {o}, con el IVA desglosado.",
    "Gracias por su compra.",
    "Recambios Navarro"], [],
    "clean invoice with slash invoice number, thanks and CIF footer", "navarro")
m(L, "review-request", "html", "¿Qué te han parecido tus jabones? ({o})", [
    "Hola, Marta:",
    "Gracias por probar nuestros jabones. Si te apetece, puedes dejar una reseña del producto en Amazon; tanto si es positiva como si no, ayudará a otros compradores a decidir.",
    "RAW:<p><a href=\"https://www.amazon.es/gp/css/order-history\">Tus pedidos en Amazon.es</a></p>",
    "Pedido {o}",
    "Un saludo desde Plasencia"], [],
    "clean neutral review request with a descriptive amazon.es link", "aldea")
m(L, "delivery-scheduling", "text", "Cita para la entrega de su mesa – {o}", [
    "Estimada señora Ruiz:",
    "Su mesa de roble pesa unos 80 kg y la entregará nuestro propio equipo, de dos personas. Para ello necesitamos acordar una cita:",
    "- martes 15 de diciembre, de 9:00 a 13:00\n- jueves 17 de diciembre, de 15:00 a 19:00",
    "¿Cuál le viene mejor? Díganos también en qué piso vive y si hay ascensor.",
    "Un saludo cordial,\nCarpintería del Norte\nPedido {o}"], [],
    "clean delivery scheduling for a heavy table", "norte")
m(L, "home-service-appointment", "text", "Montaje de su armario – cita ({o})", [
    "Estimado señor Martín:",
    "Con su pedido contrató el servicio de montaje del armario. Nuestro montador puede acudir el lunes 21 de diciembre a las 10:00 o el martes 22 a las 16:00. ¿Qué día le va mejor?",
    "Atentamente,\nCarpintería del Norte\nPedido {o}"], [],
    "clean home-service appointment", "norte")
m(L, "custom-design-verification", "html", "Boceto del grabado para su aprobación – {o}", [
    "Estimado señor Gómez:",
    "Gracias por enviarnos el texto. Le adjuntamos el boceto del colgante con el grabado «Inés · 08/05/2026».",
    "¿Nos confirma que el nombre y la fecha son correctos? En cuanto tengamos su aprobación, realizaremos el grabado.",
    "Pedido {o}\nPlatería Alcaraz"], [],
    "clean design proof", "alcaraz")
m(L, "reply", "text", "Re: ¿El aceite de los jabones es ecológico? {o}", [
    "Hola, Marta:",
    "¡Gracias por tu pregunta! Todos nuestros jabones se elaboran en frío con aceite de oliva virgen extra ecológico certificado de la comarca, sin perfumes sintéticos ni colorantes. Curamos cada pastilla durante seis semanas antes de cortarla.",
    "Un saludo,\nJabones de la Aldea\nPedido {o}"], [],
    "clean reply with production/quality statements answering the question", "aldea")
m(L, "reply", "html", "Re: Garantía del amortiguador – pedido {o}", [
    "Estimado señor Martín:",
    "Lamentamos la avería. El amortiguador de su pedido {o} tiene dos años de garantía del fabricante y la pérdida de aceite que describe está cubierta.",
    "Le enviaremos uno nuevo; puede devolvernos el defectuoso con la etiqueta de devolución gratuita que encontrará en sus pedidos de Amazon.",
    "Atentamente,\nRecambios Navarro – Departamento de garantías"], [],
    "clean warranty reply", "navarro")
# thanks only
m(L, "fulfillment-question", "html", "¡Gracias! – {o}", [
    "Hola, Lucía:",
    "Queríamos darte las gracias de todo corazón por tu compra. En nuestro taller de Córdoba trabajamos la plata como hace cien años.",
    "Para cualquier cosa que necesites, aquí estamos.",
    "Pedido {o}",
    "Un abrazo,\nPlatería Alcaraz"], ["BSM202"],
    "thanks-only with heritage statement, logo and RGPD footer", "alcaraz")
m(L, "additional-information", "text", "Gracias por su compra ({o})", [
    "Estimado señor Martín:",
    "Le agradecemos sinceramente que haya confiado en Recambios Navarro. Si surgiera cualquier problema con la pieza, no dude en escribirnos.",
    "Atentamente,\nRecambios Navarro"], ["BSM202"],
    "thanks-only with 'if a problem arises, write to us'", "navarro")
m(L, "fulfillment-question", "text", "Un saludo desde el taller – {o}", [
    "Estimada señora Ruiz:",
    "Muchas gracias por elegir un mueble hecho en nuestro taller. Esperamos que lo disfrute durante muchos años.",
    "Quedamos a su entera disposición.",
    "Un saludo cordial,\nCarpintería del Norte\nPedido {o}"], ["BSM202"],
    "thanks-only with workshop hours in the footer", "norte")
m(L, "fulfillment-question", "text", "Su pedido {o} ya está en camino", [
    "Estimado señor Gómez:",
    "Le informamos de que su colgante ha salido hoy de nuestro taller y ya está en manos de la empresa de transporte.",
    "Gracias por su compra.\nPlatería Alcaraz"], ["BSM201"],
    "shipment confirmation ('left our workshop today, now with the carrier')", "alcaraz")
# ================================================================ Polish
L = "pl"
shop("kowalczyk", "Pracownia Srebra Kowalczyk", [
    "Pracownia Srebra Kowalczyk · ul. Józefa 17, 31-056 Kraków",
    "NIP 676-214-58-93 · REGON 361245789",
    "Zgodnie z RODO Twoje dane przetwarzamy wyłącznie w celu realizacji zamówienia."], logo="Pracownia Srebra Kowalczyk", style="table")
shop("podhale", "Meble Podhale", [
    "Meble Podhale sp. z o.o., ul. Nowotarska 41, 34-500 Zakopane",
    "KRS 0000487123, NIP 736-170-22-41",
    "Warsztat czynny od poniedziałku do piątku w godz. 7:00-15:00.",
    "Drewno z Podhala, robione ręcznie."], header="Meble Podhale", style="plain")
shop("lipa", "Mydlarnia Pod Lipą", [
    "Mydlarnia Pod Lipą · ul. Ogrodowa 3, 58-500 Jelenia Góra",
    "NIP 611-265-09-88",
    "Wiadomość wysłana automatycznie."], logo="Mydlarnia Pod Lipą", style="div")
shop("nowak", "Auto-Części Nowak", [
    "Auto-Części Nowak s.c., ul. Przemysłowa 12, 60-480 Poznań",
    "NIP 781-190-44-35"], style="plain")

m(L, "delivery-delay", "text", "Zamówienie {o}: nowy termin wysyłki", [
    "Dzień dobry Pani Anno,",
    "bardzo dziękujemy za wybranie naszej pracowni.",
    "Srebrne kolczyki z zamówienia {o} wykonujemy ręcznie, a dostawca zapięć opóźnił dostawę. Kolczyki wyślemy w środę 16 grudnia 2026 r., czyli cztery dni później niż termin podany przy zakupie. Przepraszamy za opóźnienie.",
    "W razie pytań pozostajemy do Pani dyspozycji.",
    "Z serdecznymi pozdrowieniami\nPracownia Srebra Kowalczyk"], [],
    "clean delay wrapped in thanks and 'pozostajemy do dyspozycji', NIP/REGON and RODO footer (NIP grouped like a phone number but is not one)", "kowalczyk")
m(L, "additional-information", "html", "Imię do wygrawerowania ({o})", [
    "Dzień dobry Panie Tomaszu,",
    "dziękujemy za zamówienie grawerowanej zawieszki. W zamówieniu zabrakło tekstu grawerunku: prosimy o podanie imienia lub daty (maksymalnie 12 znaków).",
    "Gdy tylko otrzymamy odpowiedź, rozpoczniemy pracę.",
    "Numer zamówienia: {o}",
    "Pozdrawiamy\nPracownia Srebra Kowalczyk"], [],
    "clean request for the engraving text", "kowalczyk")
m(L, "return-follow-up", "text", "Pytanie dotyczące zwrotu – zamówienie {o}", [
    "Dzień dobry Panie Marku,",
    "otrzymaliśmy prośbę o zwrot tarcz hamulcowych. Aby zakończyć zwrot, prosimy o informację, czy tarcze były zamontowane w samochodzie. Od tego zależy, jak przeprowadzimy zwrot.",
    "Z poważaniem\nAuto-Części Nowak"], [],
    "clean return question (were the discs fitted?)", "nowak")
m(L, "return-follow-up", "html", "Propozycja częściowego zwrotu pieniędzy ({o})", [
    "Dzień dobry Pani Katarzyno,",
    "przykro nam, że jedno z mydeł dotarło pęknięte. Jeśli zechce Pani zatrzymać zestaw, zwrócimy 25% jego ceny, czyli 14,75 zł. Może Pani też zwrócić cały zestaw.",
    "Którą opcję Pani wybiera?",
    "Pozdrawiamy serdecznie\nMydlarnia Pod Lipą\nZamówienie {o}"], [],
    "clean partial refund offer", "lipa")
m(L, "invoice", "text", "Faktura do zamówienia {o}", [
    "Dzień dobry,",
    "w załączniku przesyłamy fakturę VAT nr FV/2026/12/0457 do zamówienia {o}.",
    "Dziękujemy za zakupy.",
    "Auto-Części Nowak"], [],
    "clean invoice with slash invoice number and NIP in footer", "nowak")
m(L, "review-request", "text", "Twoja opinia o zakupie ({o})", [
    "Dzień dobry Pani Katarzyno,",
    "dziękujemy za wypróbowanie naszych mydeł. Jeśli ma Pani ochotę, prosimy o wystawienie opinii o produkcie na Amazon; każda opinia, pozytywna czy krytyczna, pomaga innym klientom.",
    "Pozdrawiamy\nMydlarnia Pod Lipą\nZamówienie {o}"], [],
    "clean neutral review request", "lipa")
m(L, "delivery-scheduling", "html", "Termin dostawy szafy – {o}", [
    "Dzień dobry Pani Ewo,",
    "szafa z Pani zamówienia waży około 110 kg, dlatego dostarczy ją nasz dwuosobowy zespół. Prosimy o wybór terminu:",
    "- wtorek 15 grudnia, 8:00-12:00\n- czwartek 17 grudnia, 12:00-16:00",
    "Prosimy też o informację, na którym piętrze Pani mieszka i czy jest winda.",
    "Pozdrawiamy z Zakopanego\nMeble Podhale\nZamówienie {o}"], [],
    "clean delivery scheduling with floor/lift question", "podhale")
m(L, "custom-design-verification", "html", "Projekt grawerunku do akceptacji – {o}", [
    "Dzień dobry Panie Tomaszu,",
    "dziękujemy za przesłanie tekstu. W załączniku znajduje się projekt zawieszki z grawerem „Zosia 21.04.2026”.",
    "Prosimy o sprawdzenie pisowni i daty oraz o akceptację projektu. Grawerowanie rozpoczniemy po otrzymaniu Pana zgody.",
    "Zamówienie {o}\nPracownia Srebra Kowalczyk"], [],
    "clean design proof", "kowalczyk")
m(L, "reply", "text", "Re: Z jakiego drewna jest stół? ({o})", [
    "Dzień dobry Pani Ewo,",
    "dziękujemy za pytanie. Blat i nogi stołu wykonujemy z litego drewna jesionowego z Podhala, bez okleiny. Powierzchnię zabezpieczamy olejowoskiem, który można bezpiecznie stosować do kontaktu z żywnością.",
    "Pozdrawiamy\nMeble Podhale\nZamówienie {o}"], [],
    "clean reply with material/production statements", "podhale")
m(L, "reply", "html", "Re: Gwarancja na pompę paliwa – {o}", [
    "Dzień dobry Panie Marku,",
    "przykro nam z powodu usterki. Pompa paliwa z zamówienia {o} objęta jest dwuletnią gwarancją producenta, a opisany problem mieści się w jej zakresie.",
    "Wyślemy nową pompę; uszkodzoną może Pan odesłać z bezpłatną etykietą zwrotną dostępną w zamówieniach na Amazon.",
    "Z poważaniem\nAuto-Części Nowak, dział reklamacji"], [],
    "clean warranty reply", "nowak")
m(L, "reply", "text", "Re: Brakujące śruby – zamówienie {o}", [
    "Dzień dobry Pani Ewo,",
    "przepraszamy, w paczce z regałem zabrakło woreczka ze śrubami i kołkami. Wyślemy go jutro na nasz koszt.",
    "Gdyby przy montażu brakowało czegoś jeszcze, prosimy o wiadomość.",
    "Pozdrawiamy\nMeble Podhale"], [],
    "clean reply about a missing part", "podhale")
# thanks only
m(L, "fulfillment-question", "html", "Dziękujemy! – {o}", [
    "Dzień dobry Pani Anno,",
    "z całego serca dziękujemy za zakupy w naszej pracowni. Każdą biżuterię tworzymy ręcznie w krakowskim Kazimierzu.",
    "Jeśli będzie Pani czegoś potrzebować, jesteśmy do dyspozycji.",
    "Zamówienie {o}",
    "Serdecznie pozdrawiamy\nPracownia Srebra Kowalczyk"], ["BSM202"],
    "thanks-only with craft statement, logo, NIP/REGON and RODO footer", "kowalczyk")
m(L, "additional-information", "text", "Podziękowanie ({o})", [
    "Szanowny Panie,",
    "dziękujemy za zaufanie i zakupy w Auto-Części Nowak. W razie jakichkolwiek problemów z częścią prosimy o kontakt przez Amazon.",
    "Z poważaniem\nAuto-Części Nowak"], ["BSM202"],
    "thanks-only: thanks and 'contact us in case of problems'", "nowak")
m(L, "fulfillment-question", "text", "Pozdrowienia z Zakopanego – {o}", [
    "Dzień dobry Pani Ewo,",
    "dziękujemy, że wybrała Pani meble z naszego warsztatu. Życzymy, by służyły Pani przez długie lata.",
    "Pozdrawiamy serdecznie\nMeble Podhale\nZamówienie {o}"], ["BSM202"],
    "thanks-only with workshop hours and motto footer", "podhale")
m(L, "delivery-delay", "text", "Opóźnienie wysyłki – zamówienie {o}", [
    "Dzień dobry Pani Katarzyno,",
    "mydła z Pani zamówienia muszą dojrzewać jeszcze kilka dni, dlatego wyślemy je 15 grudnia 2026 r., trzy dni później niż podano przy zakupie. Przepraszamy za opóźnienie.",
    "Pozdrawiamy\nMydlarnia Pod Lipą",
    "Jeśli nie chcesz otrzymywać od nas wiadomości, odpowiedz na tę wiadomość słowem STOP."], ["BSM305"],
    "permitted delay with an opt-out instruction ('reply STOP')", "lipa")
# ================================================================ Swedish
L = "sv"
shop("lind", "Silversmedja Lind", [
    "Silversmedja Lind AB · Strandgatan 9, 621 56 Visby",
    "Org.nr 556812-4471 · Momsreg.nr SE556812447101",
    "Vi behandlar dina personuppgifter enligt GDPR och endast för att hantera din beställning."], logo="Silversmedja Lind", style="table")
shop("dalsnickeri", "Dalasnickeriet", [
    "Dalasnickeriet AB, Övermo 14, 792 90 Sollerön",
    "Org.nr 559034-2218 · Godkänd för F-skatt",
    "Verkstaden har öppet måndag-fredag 7-16.",
    "Trä från Dalarna, byggt för generationer."], header="Dalasnickeriet", style="plain")
shop("ystad", "Tvålmakeriet i Ystad", [
    "Tvålmakeriet i Ystad · Stora Östergatan 20, 271 34 Ystad",
    "Org.nr 800412-3356",
    "Det här meddelandet skickades automatiskt."], logo="Tvålmakeriet i Ystad", style="div")
shop("norrdelar", "Norrlands Bildelar", [
    "Norrlands Bildelar AB, Industrivägen 8, 903 38 Umeå",
    "Org.nr 556677-8899 · Momsreg.nr SE556677889901"], style="plain")

m(L, "delivery-delay", "html", "Beställning {o}: nytt leveransdatum", [
    "Hej Karin!",
    "Först och främst: tack för att du valde Silversmedja Lind.",
    "Armbandet i din beställning {o} smids för hand i vår verkstad, och vi väntar fortfarande på låsen från vår leverantör. Vi kan därför skicka armbandet först onsdag den 16 december 2026, fyra dagar senare än vad som angavs vid köpet. Vi ber om ursäkt för förseningen.",
    "Hör gärna av dig om du har frågor under tiden.",
    "Varma hälsningar från Visby\nSilversmedja Lind"], [],
    "clean delay wrapped in thanks and 'hör gärna av dig', GDPR and Org.nr footer", "lind")
m(L, "additional-information", "text", "Vilket namn ska vi gravera? ({o})", [
    "Hej Erik!",
    "Tack för din beställning av en graverad ring. Gravyrtexten saknas i beställningen: kan du skriva till oss vilket namn eller datum du vill ha (högst 15 tecken)?",
    "Så fort vi fått ditt svar börjar vi arbeta med ringen.",
    "Vänliga hälsningar\nSilversmedja Lind\nBeställning {o}"], [],
    "clean request for the engraving text ('skriv till oss')", "lind")
m(L, "return-follow-up", "text", "Fråga om din retur – beställning {o}", [
    "Hej Anders!",
    "Vi har tagit emot din returbegäran för bromsoken. För att kunna slutföra returen behöver vi veta om oken har monterats på bilen. Kan du svara på det?",
    "Med vänlig hälsning\nNorrlands Bildelar"], [],
    "clean return question (were the calipers fitted?)", "norrdelar")
m(L, "return-follow-up", "html", "Erbjudande om delvis återbetalning ({o})", [
    "Hej Sofia!",
    "Vad tråkigt att en av tvålarna kom fram trasig. Vill du behålla paketet betalar vi tillbaka 30 % av priset, alltså 36 kr. Du kan också returnera hela paketet.",
    "Vilket alternativ föredrar du?",
    "Hälsningar\nTvålmakeriet i Ystad\nBeställning {o}"], [],
    "clean partial refund offer (percentage and amount)", "ystad")
m(L, "invoice", "text", "Faktura för beställning {o}", [
    "Hej,",
    "Här bifogar vi fakturan nr 2026-1184 för din beställning {o}. Momsen är specificerad på fakturan.",
    "Tack för ditt köp!",
    "Norrlands Bildelar"], [],
    "clean invoice with Org.nr and Momsreg.nr footer", "norrdelar")
m(L, "review-request", "html", "Vad tyckte du om tvålarna? ({o})", [
    "Hej Sofia!",
    "Tack för att du testar våra tvålar. Om du vill får du gärna lämna ett omdöme om produkten på Amazon; både positiva och kritiska omdömen hjälper andra köpare.",
    "RAW:<p><a href=\"https://www.amazon.se/gp/css/order-history\">Dina beställningar på Amazon.se</a></p>",
    "Beställning {o}",
    "Hälsningar från Ystad"], [],
    "clean neutral review request with a descriptive amazon.se link", "ystad")
m(L, "delivery-scheduling", "text", "Leveranstid för din byrå – {o}", [
    "Hej Maria!",
    "Din byrå väger runt 75 kg och levereras därför av vår egen transport med två personer. Vilken tid passar dig bäst?",
    "- tisdag 15 december kl. 8-12\n- torsdag 17 december kl. 12-16",
    "Berätta gärna också vilken våning du bor på och om det finns hiss.",
    "Hälsningar\nDalasnickeriet\nBeställning {o}"], [],
    "clean delivery scheduling for a heavy chest of drawers", "dalsnickeri")
m(L, "custom-design-verification", "html", "Förslag på gravyr att godkänna – {o}", [
    "Hej Erik!",
    "Tack för texten. Här bifogar vi ett förslag på ringen med gravyren ”Ella 2026-06-20” i kursiv stil.",
    "Kontrollera gärna stavning och datum och svara med ditt godkännande, så graverar vi ringen.",
    "Beställning {o}\nSilversmedja Lind"], [],
    "clean design proof with an ISO date in the engraving", "lind")
m(L, "reply", "text", "Sv: Är bänken i massivt trä? ({o})", [
    "Hej Maria!",
    "Tack för frågan. Bänken är helt i massiv furu från Dalarna, utan faner, och sitsen är behandlad med hårdvaxolja. Om ytan blir matt efter några år kan du enkelt olja in den igen.",
    "Hälsningar\nDalasnickeriet\nBeställning {o}"], [],
    "clean reply with material statements answering the buyer", "dalsnickeri")
m(L, "reply", "html", "Sv: Garanti på startmotorn – {o}", [
    "Hej Anders!",
    "Vi beklagar felet. Startmotorn i din beställning {o} har två års tillverkargaranti, och felet du beskriver omfattas.",
    "Vi skickar en ny startmotor till dig. Den trasiga kan du skicka tillbaka med den kostnadsfria returetiketten under dina beställningar på Amazon.",
    "Med vänlig hälsning\nNorrlands Bildelar, garantiavdelningen"], [],
    "clean warranty reply", "norrdelar")
m(L, "reply", "text", "Sv: Skruvar saknas – beställning {o}", [
    "Hej Maria!",
    "Förlåt, påsen med skruvar och beslag saknades i paketet med hyllan. Vi skickar den till dig i morgon utan kostnad.",
    "Hör av dig om något annat saknas när du monterar.",
    "Hälsningar\nDalasnickeriet"], [],
    "clean reply about a missing part", "dalsnickeri")
# thanks only
m(L, "fulfillment-question", "html", "Tack! – {o}", [
    "Hej Karin!",
    "Ett stort tack för att du handlat hos oss. Varje smycke smids för hand i vår lilla verkstad innanför ringmuren.",
    "Behöver du något är vi bara ett meddelande bort.",
    "Beställning {o}",
    "Varma hälsningar\nSilversmedja Lind"], ["BSM202"],
    "thanks-only with craft statement, logo, GDPR footer", "lind")
m(L, "additional-information", "text", "Tack för ditt köp ({o})", [
    "Hej Anders!",
    "Tack för att du valde Norrlands Bildelar. Skulle det uppstå något problem med delen är du välkommen att höra av dig.",
    "Med vänlig hälsning\nNorrlands Bildelar"], ["BSM202"],
    "thanks-only: thanks and 'if a problem arises, get in touch'", "norrdelar")
m(L, "fulfillment-question", "text", "En hälsning från verkstaden – {o}", [
    "Hej Maria!",
    "Tack för att du valde en möbel från vår verkstad i Sollerön. Vi hoppas att den får följa dig länge.",
    "Hälsningar\nDalasnickeriet\nBeställning {o}"], ["BSM202"],
    "thanks-only with workshop hours and motto footer", "dalsnickeri")
m(L, "reply", "text", "Sv: Ditt omdöme – beställning {o}", [
    "Hej Sofia!",
    "Tack för att du hörde av dig om doften. Vi skickar en ny tvål till dig i veckan. Skulle du kunna ändra ditt omdöme med två stjärnor på Amazon, eller ta bort det, nu när problemet är löst?",
    "Hälsningar\nTvålmakeriet i Ystad"], ["BSM205"],
    "reply asking the buyer to change or remove a two-star review after a fix", "ystad")


# ================================================================ build, validate, write
ORDER_RE = re.compile(r"^\d{3}-\d{7}-\d{7}$")
FIELDS = ["id", "language", "locale", "type", "format", "subject", "body", "order_id",
          "expected", "note"]


def build():
    recs = []
    per_lang = Counter()
    for n, msg in enumerate(MSGS):
        lang = msg["lang"]
        per_lang[lang] += 1
        oid = order_id(lang, n)
        recs.append({
            "id": "f6-%s-%03d" % (lang, per_lang[lang]),
            "language": lang,
            "locale": msg["locale"] or LOCALES[lang],
            "type": msg["type"],
            "format": msg["fmt"],
            "subject": msg["subject"].replace("{o}", oid),
            "body": render(msg, oid),
            "order_id": oid,
            "expected": msg["expected"],
            "note": msg["note"],
        })
    return recs


EMOJI_RE = re.compile("[\U0001F000-\U0001FFFF\u2600-\u27BF\uFE0F]|:-?[)(DP]|;-?\\)|<3")
PHONE_RE = re.compile(r"(?<![\w/.-])(?:\+|00)?\d[\d \-/().]{8,}\d(?![\w/-])")


def validate(recs):
    errors = []
    ids = set()
    for r in recs:
        rid = r.get("id")
        def err(msg):
            errors.append("%s: %s" % (rid, msg))
        if list(r.keys()) != FIELDS:
            err("fields %s" % list(r.keys()))
        for k in FIELDS:
            if k != "expected" and (not isinstance(r.get(k), str) or not r.get(k).strip()):
                err("empty or non-string field %s" % k)
        if rid in ids:
            err("duplicate id")
        ids.add(rid)
        if not re.match(r"^f6-(%s)-\d{3}$" % "|".join(LOCALES), rid or ""):
            err("id format")
        if r["language"] not in LOCALES:
            err("language %r" % r["language"])
        elif not r["locale"].startswith(r["language"] + "-"):
            err("locale %r does not match language" % r["locale"])
        if r["type"] not in TYPES:
            err("type %r not permitted" % r["type"])
        if r["format"] not in ("html", "text"):
            err("format %r" % r["format"])
        if not ORDER_RE.match(r["order_id"]):
            err("order_id format %r" % r["order_id"])
        if "BSM102" not in r["expected"] and r["order_id"] not in r["subject"] + r["body"]:
            err("order_id not in subject or body")
        exp = r["expected"]
        if not isinstance(exp, list) or exp != sorted(set(exp)) or any(e not in RULES for e in exp):
            err("expected %r" % exp)
        if "BSM101" in exp:
            err("BSM101 never expected")
        if not r["note"] or sum(c.isascii() for c in r["note"]) < 0.9 * len(r["note"]):
            err("note must be in English")
        # guard against accidental markup / format findings in this set
        text = r["subject"] + "\n" + r["body"]
        if "{o}" in text:
            err("unfilled placeholder")
        if EMOJI_RE.search(text):
            err("emoji/emoticon")
        if "@" in text:
            err("'@' (e-mail address?)")
        if "http://" in text:
            err("http link")
        for url in re.findall(r"https://([^/\"'\s]+)", r["body"]):
            if not re.search(r"(^|\.)amazon\.[a-z.]+$|^m\.media-amazon\.com$", url):
                err("non-Amazon host %s" % url)
        if re.search(r"style=|<font|align=|<center|<script|<form|<iframe|<h\d", r["body"], re.I):
            err("style/markup that a format rule reads")
        if re.search(r"\n\s*\n\s*\n", r["body"]) or re.search(r"(<br>\s*){3,}", r["body"]):
            err("more than two line breaks in a row")
        if re.search(r"<p>\s*</p>", r["body"]):
            err("empty paragraph")
        if r["format"] == "text" and re.search(r"<[a-z/][^>]*>", r["body"]):
            err("markup in a text message")
        if r["format"] == "html":
            for tag in ("p", "table", "tr", "td", "small", "div", "a"):
                if len(re.findall(r"<%s[\s>]" % tag, r["body"])) != r["body"].count("</%s>" % tag):
                    err("unbalanced <%s>" % tag)
            for img in re.findall(r"<img[^>]*>", r["body"]):
                if not re.search(r'alt="[^"]+"', img):
                    err("image without alt")
        for mt in PHONE_RE.finditer(text):
            digits = re.sub(r"\D", "", mt.group(0))
            if len(digits) >= 9 and mt.group(0) != r["order_id"] and r["order_id"] not in mt.group(0):
                ctx = text[max(0, mt.start() - 25):mt.start()]
                if not re.search(r"NIP|REGON|KRS|Org\.?nr|SIRET|RCS|TVA|P\.IVA|MERSIS|V\.D\.|Vergi|"
                                 r"KvK|btw|BTW|USt|HRB|CIF|NIF|VAT|Momsreg|company no|RCS|REA|takip", ctx, re.I):
                    err("digit run that may read as a phone number: %r" % mt.group(0))
    return errors


def main():
    recs = build()
    errors = validate(recs)
    if len(recs) != 220:
        errors.append("total %d, want 220" % len(recs))
    langs = Counter(r["language"] for r in recs)
    want = dict(tr=100, nl=15, en=15, de=15, fr=15, it=15, es=15, pl=15, sv=15)
    if dict(langs) != want:
        errors.append("languages %s" % dict(langs))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    clean = sum(1 for r in recs if not r["expected"])
    print("wrote %s: %d messages" % (OUT, len(recs)))
    print("per language:", dict(sorted(langs.items())))
    print("clean %d, not clean %d" % (clean, len(recs) - clean))
    rules = Counter(e for r in recs for e in r["expected"])
    print("per expected rule:", dict(sorted(rules.items())))
    print("per language clean/not:", {l: (sum(1 for r in recs if r["language"] == l and not r["expected"]),
                                          sum(1 for r in recs if r["language"] == l and r["expected"]))
                                      for l in sorted(langs)})
    print("formats:", dict(Counter(r["format"] for r in recs)))
    print("types:", dict(Counter(r["type"] for r in recs)))
    if errors:
        print("VALIDATION FAILED (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("validation: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
