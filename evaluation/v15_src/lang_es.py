"""v15 Spanish (es-ES) evaluation messages."""
import random
L, LOC, P = "es", "es-ES", "465"
_r = random.Random(46523)
_O = []
while len(_O) < 50:
    _c = "%s-%07d-%07d" % (P, _r.randrange(10**7), _r.randrange(10**7))
    if _c not in _O:
        _O.append(_c)
MESSAGES = []
def m(typ, fmt, subject, body, exp, note):
    n = len(MESSAGES) + 1
    o = _O[n - 1]
    MESSAGES.append({"id": "v15-%s-%03d" % (L, n), "language": L, "locale": LOC, "type": typ,
                     "format": fmt, "subject": subject.replace("{o}", o), "body": body.replace("{o}", o),
                     "order_id": o, "expected": sorted(exp), "note": note})

# ---- 17 clean ----
m("delivery-delay", "text", "Pedido {o}: retraso en el envío",
  "Estimada Sra. Navarro:\n\nLe escribimos porque el juego de sartenes de su pedido {o} saldrá más tarde de lo previsto: el fabricante nos entrega el lote el 16/03. Calculamos enviarlo el 18 de marzo, con entrega entre el 19 y el 20.\n\nDisculpe las molestias.\n\nAtentamente,\nPablo Herrera\nMenaje Herrera",
  [], "Plain-text delivery delay with Spanish dates, clean.")
m("delivery-delay", "html", "Novedades sobre tu pedido {o}",
  "<p>¡Hola, Lucía!</p><p>Tu estantería de pino (pedido {o}) no saldrá en la fecha indicada: estamos esperando los herrajes. Nueva fecha de envío: <strong>miércoles 8 de abril</strong>.</p><p>Perdona la espera.</p><p>Un abrazo,<br>Carpintería El Roble<br><small>Atención al cliente de lunes a viernes</small></p>",
  [], "HTML delivery delay with default size and small only, clean.")
m("order-problem", "text", "[Importante] Artículo sin stock - pedido {o}",
  "Buenos días, Sr. Castillo:\n\nLamentamos comunicarle que la segunda funda nórdica de su pedido {o} se ha agotado. Ya hemos ajustado el importe del pedido en 29,95 € (motivo: sin existencias) y verá el reembolso en unos días hábiles. El resto del pedido no cambia.\n\nUn saludo,\nMarta Iglesias\nTextil Hogar Iglesias",
  [], "Order problem with amount adjusted and [Importante], allowed.")
m("additional-information", "text", "Necesitamos un dato - pedido {o}",
  "Hola, Javier:\n\nPara grabar la placa de tu pedido {o} nos falta saber qué tipografía prefieres: clásica o moderna. En cuanto nos contestes, la preparamos.\n\nGracias,\nNerea - Grabados Txiki",
  [], "Request for information needed to complete a custom order, clean.")
m("return-follow-up", "text", "Devolución del pedido {o}",
  "Estimado cliente:\n\nHemos leído su comentario sobre el arañazo en la lámpara (pedido {o}). Si decide quedársela, le ofrecemos un reembolso parcial de 15,00 €; si lo prefiere, seguimos adelante con la devolución. Quedamos a la espera de su respuesta.\n\nSaludos cordiales,\nIluminación Sevilla",
  [], "Return follow-up offering a partial refund, clean.")
m("return-follow-up", "text", "RE: devolución {o}",
  "Buenas tardes:\n\nPara tramitar la devolución del pedido {o}, ¿podría indicarnos qué talla de las dos zapatillas quiere devolver y si conserva la caja original?\n\nGracias,\nDepartamento de devoluciones - Runner Norte",
  [], "Return follow-up asking for information, clean.")
m("invoice", "text", "Factura F-2026/00318 - pedido {o}",
  "Buenos días:\n\nLe adjuntamos la factura F-2026/00318 correspondiente a su pedido {o}, por un importe total de 121,00 € (IVA 21 % incluido: 21,00 €).\n\nAtentamente,\nAdministración\nCerámicas Levante, S.L.\nCalle Mayor 27, 2.º B, 46001 Valencia\nCIF B98765432\nInscrita en el Registro Mercantil de Valencia, tomo 10234, folio 56, hoja V-178452",
  [], "Invoice with CIF, registry data and slashed invoice number, clean.")
m("review-request", "text", "Su opinión sobre el pedido {o}",
  "Hola, Sr. Molina:\n\nHace unos días recibió su pedido {o}. Si le apetece, puede dejar una reseña en Amazon contando su experiencia, sea buena o mala: ayuda a otros compradores.\n\nUn saludo,\nRaúl, Camping Total",
  [], "Neutral plain-text review request, clean.")
m("review-request", "html", "¿Qué tal tu pedido {o}?",
  "<table width=\"100%\" cellpadding=\"8\"><tr><td><img src=\"https://cdn.jabones-alhambra.es/logo-jabones-alhambra.png\" alt=\"Logotipo de Jabones Alhambra\" width=\"170\"></td></tr><tr><td><p>Hola:</p><p>Esperamos que los jabones de tu pedido {o} hayan llegado bien. Si quieres, puedes contarnos qué te han parecido en <a href=\"https://www.amazon.es/review/create-review?asin=B0CF62RMZ8\">la página de opiniones de Amazon</a>.</p><p>Gracias,<br>Jabones Alhambra</p></td></tr></table>",
  [], "HTML review request with shop logo, alt and descriptive Amazon link, clean.")
m("delivery-scheduling", "text", "Entrega del sofá - pedido {o}",
  "Buenos días, Sra. Prieto:\n\nEl sofá de su pedido {o} (2 bultos, 78 kg) lo entregará nuestra agencia de transporte especial. Elija, por favor, una franja:\n- lunes 13/04, de 9:00 a 14:00\n- lunes 13/04, de 15:00 a 19:00\n- martes 14/04, de 9:00 a 14:00\n\nIndíquenos también el piso y si hay ascensor.\n\nLogística Muebles Arenas",
  [], "Bulky item delivery scheduling with slots, clean.")
m("home-service-appointment", "text", "Cita de instalación - pedido {o}",
  "Hola:\n\nRespecto a su pedido {o} (instalación de una campana extractora), nuestro técnico puede ir el jueves 23 de abril de 10:00 a 12:00 o el sábado 25 de abril de 9:30 a 11:30. ¿Qué opción le viene mejor?\n\nSaludos,\nInstalaciones Ruiz e Hijos",
  [], "Home service appointment, clean.")
m("custom-design-verification", "text", "Prueba de diseño - pedido {o}",
  "Hola, Ana y Sergio:\n\nOs adjuntamos la prueba de diseño (prueba_invitacion_v2.pdf) de vuestras invitaciones (pedido {o}). Revisad bien los nombres, la fecha del 20 de junio y la dirección de la finca. No imprimimos nada hasta que nos deis el visto bueno.\n\nUn beso,\nIrene - Papelería Confeti",
  [], "Custom design proof for approval, clean.")
m("fulfillment-question", "text", "Acceso al portal - pedido {o}",
  "Buenos días:\n\nEl repartidor no pudo acceder a su portal con el pedido {o} (envío SEUR n.º 0123456789012, ref. incidencia INC-26-5501). ¿Nos indica el código de acceso y el número de escalera? Reprogramamos la entrega en cuanto nos responda.\n\nGracias,\nEnvíos Huerto Urbano",
  [], "Door-code question with tracking and reference numbers, clean.")
m("reply", "text", "RE: pregunta sobre «Travel Pillow Memory Foam»",
  "Hola, Carmen:\n\nSí, la almohada «Travel Pillow Memory Foam» de tu pedido {o} lleva funda desmontable y se puede lavar a 30 grados.\n\nSaludos,\nÁlex, Viaje Cómodo",
  [], "Reply quoting an English product title within Spanish sentences, clean.")
m("reply", "text", "RE: garantía del pedido {o}",
  "Estimado cliente:\n\nLa cafetera de su pedido {o} tiene dos años de garantía del fabricante. Para cualquier reparación puede llamar al servicio técnico oficial del fabricante Cafelux (teléfono de garantía): 902 555 318. Tenga a mano el número de serie.\n\nAtentamente,\nElectro Ortega",
  [], "Reply with the manufacturer's warranty line marked as such, clean.")
m("reply", "text", "RE: datos de facturación - {o}",
  "Buenos días, Sr. Vidal:\n\nYa hemos actualizado los datos: la factura del pedido {o} irá a nombre de su empresa con el NIF que nos facilitó.\n\nUn saludo,\n\nBeatriz Cano\nResponsable de atención al cliente\nSuministros Cano, S.L.\nPolígono Industrial La Estrella, nave 14, 50014 Zaragoza\nCIF B50123456\nRegistro Mercantil de Zaragoza, tomo 4321, folio 88, hoja Z-65432",
  [], "Reply with a Spanish company-details footer, clean.")
m("reply", "text", "RE: ¿cuándo me devolvéis el dinero? ({o})",
  "Hola:\n\nTu devolución del pedido {o} (seguimiento PK7X0412559ES, autorización RMA-2026-0711) llegó el 04/02/2026 a las 12:05. El reembolso de 54,90 € se emitió ese mismo día a las 17:30; lo verás en 3-5 días hábiles según tu banco.\n\nBuenas tardes,\nDani, Ciclismo Total",
  [], "Reply with tracking, RMA numbers, dates, times and amounts, clean.")
# ---- 31 violations ----
m("fulfillment-question", "text", "¡Tu pedido {o} ya está en camino!",
  "¡Hola!\n\nTu pedido {o} ha salido hoy de nuestro almacén y ya se lo hemos entregado a Correos Express. Debería llegarte el viernes.\n\nEl equipo de Especias del Mundo",
  ["BSM201"], "Shipping confirmation: left the warehouse, handed to carrier.")
m("fulfillment-question", "html", "Hemos recibido su pedido {o}",
  "<p>Estimado Sr. Ortiz:</p><p>Hemos recibido correctamente su pedido {o} y ya lo estamos preparando en nuestro almacén.</p><p>Atentamente,<br>Conservas La Ría</p>",
  ["BSM201"], "Order received and being prepared.")
m("reply", "text", "¡Gracias! - pedido {o}",
  "Hola, Rocío:\n\n¡Muchísimas gracias por tu compra (pedido {o})! Nos hace mucha ilusión.\n\nBesos,\nLas chicas de Velas del Sur",
  ["BSM202"], "Thanks only.")
m("fulfillment-question", "text", "Pedido {o}",
  "Buenos días:\n\nLe recordamos que, si surge cualquier problema con su pedido {o}, estamos a su entera disposición.\n\nSaludos,\nAtención al cliente Deportes Cantábrico",
  ["BSM202"], "Only offers help if a problem arises.")
m("delivery-delay", "text", "Pequeño retraso - pedido {o}",
  "Hola:\n\nLas botas de su pedido {o} saldrán el 12/05 en lugar del 09/05 por un retraso del proveedor.\n\nDisculpe las molestias,\nMontaña Pirineo\n\nP. D.: Hasta el domingo, 20 % de descuento en toda la tienda con el código PIRINEO20.",
  ["BSM203"], "P.D. promoting 20% off the whole shop.")
m("reply", "text", "RE: medidas de la alfombra - {o}",
  "Hola:\n\nLa alfombra del pedido {o} mide 160 x 230 cm.\n\n¡Ya está aquí nuestra nueva colección de otoño! Síguenos en Instagram y suscríbete a nuestra newsletter para no perderte nada.\n\nAlfombras Nómada",
  ["BSM203"], "Follow us, newsletter and new collection.")
m("review-request", "text", "¿Nos dejas una reseña? Pedido {o}",
  "Hola:\n\nSi dejas una reseña de tu batidora (pedido {o}) y nos mandas la captura, te enviamos un pequeño detalle como agradecimiento.\n\nCocina Fácil Store",
  ["BSM204"], "Small gift once the review is published.")
m("review-request", "text", "Una petición sobre su pedido {o}",
  "Estimado Sr. Serrano:\n\nEn cuanto su opinión esté publicada en Amazon, le reembolsaremos el importe íntegro del pedido {o}. Solo necesitamos que nos envíe el enlace de la reseña.\n\nAtentamente,\nGadgets Ibéricos",
  ["BSM204"], "Full refund once the review is online.")
m("reply", "text", "RE: su valoración - pedido {o}",
  "Estimada Sra. Romero:\n\nNos alegra que el cable de repuesto del pedido {o} le funcione bien. Ahora que el problema está resuelto, ¿sería tan amable de cambiar su valoración de una estrella o, si lo prefiere, eliminarla?\n\nGracias,\nCargadores Rápidos",
  ["BSM205"], "Asks to change or remove a one-star review.")
m("review-request", "text", "¿Contento con su pedido {o}?",
  "Hola:\n\nSi está satisfecho con su termo (pedido {o}), déjenos una reseña en Amazon. Si algo no le ha gustado, escríbanos antes de opinar y lo arreglamos.\n\nTermos Verdes",
  ["BSM206"], "Review only if satisfied; unhappy buyers steered away.")
m("review-request", "html", "¿Cinco estrellas para el pedido {o}?",
  "<p>¡Hola!</p><p>Tu collar (pedido {o}) lo hemos hecho a mano en nuestro taller de Cádiz. Si nos pones cinco estrellas en Amazon, nos ayudas un montón.</p><p>Gracias,<br>Taller Mar de Plata</p>",
  ["BSM206"], "Asks for five stars.")
m("order-problem", "text", "[Importante] Producto agotado - pedido {o}",
  "Buenos días:\n\nEl altavoz de su pedido {o} está agotado en nuestro proveedor. Hemos ajustado el importe del pedido (motivo: sin existencias). Aun así, lo más rápido es que usted mismo cancele el pedido desde su cuenta de Amazon.\n\nUn saludo,\nSonido Directo",
  ["BSM108"], "Adjustment confirmed but advises the buyer to cancel.")
m("order-problem", "text", "Incidencia con su pedido {o}",
  "Estimada Sra. Delgado:\n\nSentimos mucho comunicarle que el sillón de mimbre de su pedido {o} ya no está disponible. Le agradeceríamos que solicitara la cancelación desde su cuenta.\n\nAtentamente,\nMimbre y Diseño",
  ["BSM107", "BSM108"], "Cancellation request asked, no adjustment confirmed.")
m("delivery-delay", "text", "Retraso pedido {o}",
  "Hola:\n\nSu pedido {o} saldrá el 09/06 en vez del 05/06. Disculpe las molestias.\n\nLa Tiendita de Aurora\n\nSi no quiere recibir más mensajes nuestros, responda BAJA.",
  ["BSM305"], "Opt-out instruction (reply BAJA).")
m("delivery-delay", "text", "Pedido {o} con retraso",
  "Buenas:\n\nLa puta agencia de transporte nos ha vuelto a perder el palé, así que tu pedido {o} sale el lunes. Joder, qué semana llevamos.\n\nIker, Skate Bilbo",
  ["BSM306"], "Spanish profanity in a delay notice.")
m("delivery-delay", "text", "Delay on your order {o}",
  "Hello Ms. García,\n\nYour order {o} will ship three days later than planned because our supplier is running behind. We now expect to dispatch it on 15 May.\n\nKind regards,\nHomeware Moreno",
  ["BSM104"], "Message to a Spanish buyer written in English.")
m("additional-information", "text", "Dirección incompleta - pedido {o}",
  "Buenos días:\n\nA la dirección del pedido {o} le falta el número del piso. Si le resulta más cómodo, llámenos al 91 542 87 30 o conteste a este mensaje.\n\nDroguería Madrileña",
  ["BSM309"], "Spanish landline phone number.")
m("reply", "text", "RE: montaje - pedido {o}",
  "Hola:\n\nPara montar el armario de tu pedido {o}, nuestro técnico te puede guiar por WhatsApp en el +34 612 48 93 07.\n\nMuebles Norte",
  ["BSM309"], "International-format mobile number.")
m("reply", "text", "RE: fotos del defecto - {o}",
  "Hola:\n\nPara el pedido {o}, mándenos las fotos del defecto a postventa@alfareria-talavera.es y las revisamos enseguida.\n\nAlfarería Talavera",
  ["BSM308"], "Plain e-mail address.")
m("reply", "text", "RE: documentos del pedido {o}",
  "Estimado Sr. Gil:\n\nPuede enviarnos el certificado del pedido {o} a info arroba bicisclasicas punto es.\n\nAtentamente,\nBicis Clásicas",
  ["BSM308"], "Obfuscated e-mail address (arroba / punto).")
m("delivery-delay", "html", "Pedido {o}: envío aplazado",
  "<p>Hola:</p><p>Su pedido {o} saldrá con una semana de retraso, el 21 de mayo. Mientras tanto, puede consultar <a href=\"https://www.herbolario-sierra.es/guia-infusiones\">la guía de infusiones de nuestra web</a>.</p><p>Herbolario Sierra</p>",
  ["BSM302"], "https link to the seller's site, not needed for the order.")
m("review-request", "html", "Su opinión - pedido {o}",
  "<p>Buenos días:</p><p>Su pedido {o} se entregó hace unos días. Si lo desea, puede opinar en <a href=\"http://www.amazon.es/review/create-review?asin=B0D4W7JX1C\">la página de opiniones de Amazon del producto</a>.</p><p>Ferretería Castellana</p>",
  ["BSM301"], "Insecure http Amazon link with descriptive text.")
m("delivery-delay", "html", "Retraso - pedido {o}",
  "<p>Hola:</p><p>Tu mochila (pedido {o}) saldrá el 28/05 en lugar del 25/05.</p><p><img src=\"https://img.mochilas-picos.es/productos/mochila-trekking-35l-roja.jpg\" alt=\"Mochila de trekking 35 L roja\" width=\"300\"></p><p>Mochilas Picos</p>",
  ["BSM310"], "Photo of the purchased product.")
m("delivery-delay", "html", "Pedido {o}: un poco más de paciencia",
  "<p>Hola:</p><p>Su pedido {o} saldrá el lunes que viene; el taller ha cerrado por vacaciones.</p><p><img src=\"https://img.taller-lucena.es/varios/playa-palmeras.jpg\" alt=\"Playa con palmeras\" width=\"300\"></p><p>Taller Lucena</p>",
  ["BSM311"], "Unrelated stock image (beach with palm trees).")
m("delivery-delay", "html", "Pedido {o} retrasado",
  "<p><img src=\"https://cdn.quesos-lamancha.es/logo-quesos-la-mancha.png\" alt=\"\" width=\"150\"></p><p>Buenos días:</p><p>Los quesos de su pedido {o} saldrán el 02/07: la curación necesita unos días más.</p><p>Quesos La Mancha</p>",
  ["BSM402"], "Shop logo with empty alt.")
m("reply", "text", "RE: color de la manta - pedido {o}",
  "¡Hola, Paula!\n\nLa manta de tu pedido {o} es justo color mostaza, como en la foto 😍 ¡Te va a encantar!\n\nNuria, Casa Suave",
  ["BSM403"], "Emoji in a reply.")
m("reply", "text", "RE: plazos - pedido {o}",
  "Hola:\n\nTranquila, tu pedido {o} llegará antes de Reyes :D Lo enviamos urgente el 02/01.\n\nJuguetes de Madera Olmo",
  ["BSM403"], "Emoticon :D in a reply.")
m("delivery-delay", "html", "Pedido {o}: nueva fecha",
  "<style>h1{font-size:23px} h2{font-size:19px} .cuerpo{font-size:14px} .pie{font-size:10px}</style><h1>Pequeño retraso</h1><h2>Pedido {o}</h2><p class=\"cuerpo\">Su pedido saldrá el 10/09 en lugar del 06/09.</p><p class=\"pie\">Marroquinería Ubrique</p>",
  ["BSM410"], "Four explicit font sizes in a style block.")
m("delivery-delay", "text", "Pedido {o} - retraso",
  "Buenos días:\n\nSu pedido {o} saldrá el 13/10.\n\n\n\nSentimos la espera.\n\n\nViveros del Jarama",
  ["BSM412"], "Multiple blank lines in a row in plain text.")
m("return-follow-up", "text", "[Importante] Devolución del pedido {o}",
  "Hola:\n\nPara completar la devolución del pedido {o}, ¿nos confirma si el aspirador se ha llegado a usar?\n\nGracias,\nHogar Limpio",
  ["BSM110"], "[Importante] tag on a return follow-up.")
m("review-request", "html", "Opinión sobre el pedido {o}",
  "<p>Hola:</p><p>Ya tiene su pedido {o}. Si quiere dejar una reseña, pulse <a href=\"https://www.amazon.es/review/create-review?asin=B0C2YH8TQV\">aquí</a>.</p><p>Ibéricos Guijuelo</p>",
  ["BSM401"], "Non-descriptive link text 'aquí'.")
# ---- 2 varying ----
m("delivery-delay", "html", "Pedido {o}: envío aplazado",
  "<div style=\"line-height: 1.7;\"><p>Buenos días:</p><p style=\"text-align: center;\">Su pedido {o} saldrá el 19/11 en lugar del 15/11 por un retraso en el dorado del marco.</p><p>Marcos Artesanos Soler</p></div>",
  ["BSM408", "BSM411"], "Builder styles: line height and centred text.")
m("delivery-delay", "text", "Retraso en su pedido",
  "Estimado Sr. Medina:\n\nSu reloj de pared saldrá con cinco días de retraso, el 04/03, por un problema con el mecanismo en nuestro proveedor.\n\nDisculpe las molestias,\nRelojería Aragonesa",
  ["BSM102"], "No order number in subject or body.")
