"""v6 blind set, Spanish (es-ES)."""

def _oid(i):
    return "407-%07d-%07d" % (5120843 + i * 88211, 1093377 + i * 71119)

MESSAGES = []

def M(n, typ, fmt, subject, body, expected, note, locale="es-ES"):
    o = _oid(n)
    MESSAGES.append({
        "id": "v6-es-%03d" % n, "language": "es", "locale": locale, "type": typ,
        "format": fmt, "subject": subject.replace("{O}", o), "body": body.replace("{O}", o),
        "order_id": o, "expected": sorted(expected), "note": note})

# ---- clean ----
M(1, "delivery-delay", "text", "Pedido {O}: cambio en la fecha de envío",
  "Hola, Sra. Navarro:\n\nLe escribimos porque la paellera esmaltada de su pedido {O} saldrá unos días más tarde de lo previsto. Nuestro proveedor de Valencia ha retrasado la entrega del lote y ahora calculamos enviarla el viernes 18/12/2026, en lugar del 14/12.\n\nDisculpe las molestias.\n\nUn saludo,\nJavier Ortega\nCocina Mediterránea", [], "Clean plain-text delivery delay.")
M(2, "delivery-delay", "html", "Novedades sobre su pedido {O}",
  "<p>Buenos días, Álvaro:</p><p>El juego de copas de su pedido <strong>{O}</strong> sigue en el taller de soplado. Podremos enviarlo <strong>a partir del martes 22 de diciembre</strong>.</p><table><tr><td>Fecha prevista inicialmente</td><td>15/12/2026</td></tr><tr><td>Nueva fecha</td><td>22/12/2026</td></tr></table><p>Gracias por su paciencia.<br>Marta, Vidrios del Sur</p>", [], "Clean builder-HTML delay with a table, no styles.")
M(3, "order-problem", "text", "[Importante] Pedido {O}: artículo sin existencias",
  "Estimado cliente:\n\nLamentamos comunicarle que la lámpara de pie «Brisa» de su pedido {O} no se puede enviar: la última unidad se dañó en el almacén. Ya hemos ajustado el importe del pedido (motivo: sin existencias), por lo que no se le cobrarán los 119,00 € de ese artículo.\n\nSentimos mucho las molestias.\n\nLucía Herrero\nIluminación Candela, S.L.", [], "Clean order problem confirming the adjustment; [Importante] allowed.")
M(4, "additional-information", "text", "Grabado del pedido {O}",
  "Hola:\n\nPara grabar la tabla de cortar de su pedido {O} necesitamos el texto exacto; en el campo de personalización solo aparece «lo de siempre». ¿Nos confirma el nombre (máximo 20 caracteres) y si lo prefiere en letra inglesa o de palo?\n\nGracias de antemano,\nEl equipo de Madera Viva", [], "Clean request for information to make the order.")
M(5, "return-follow-up", "text", "Su devolución del pedido {O}",
  "Buenas tardes, Sr. Molina:\n\nHemos visto las fotos del arañazo en la mesita auxiliar (pedido {O}). Si le parece bien quedársela, le ofrecemos un reembolso parcial de 20,00 €. Si prefiere la devolución completa, seguimos adelante sin problema; díganos qué le viene mejor.\n\nUn saludo,\nRaúl\nAtención al cliente, Muebles Albero", [], "Clean return follow-up offering a partial refund.")
M(6, "return-follow-up", "text", "Devolución {O}: necesitamos un dato",
  "Hola:\n\nAntes de generar la etiqueta de devolución del pedido {O}, ¿podría indicarnos si conserva la caja original y cuál de los dos cojines nos devuelve, el verde o el mostaza?\n\nGracias,\nTextiles Alhambra", [], "Clean return follow-up asking for information.")
M(7, "invoice", "text", "Factura de su pedido {O}",
  "Buenos días:\n\nAdjuntamos la factura n.º FV/2026/0458 correspondiente a su pedido {O}, por un importe total de 96,80 € (IVA 21 % incluido: 16,80 €).\n\nAtentamente,\nDepartamento de administración\n\nPapelería Cervantes, S.L. · C/ Mayor, 27, 2.º B · 28013 Madrid\nCIF B87654321 · Inscrita en el Registro Mercantil de Madrid, tomo 31.442, folio 118, hoja M-565812", [], "Clean invoice with CIF, registry data and a slashed invoice number.")
M(8, "review-request", "text", "¿Qué tal con tu pedido {O}?",
  "Hola, Carmen:\n\nTu molinillo de café (pedido {O}) llegó hace unos días. Si te apetece, deja una opinión en la página del producto; sea buena o mala, ayuda a otros compradores a decidir.\n\n¡Un saludo!\nIrene, Tostadores Ribera", [], "Clean neutral review request.")
M(9, "review-request", "html", "Su opinión sobre el pedido {O}",
  "<p><img src=\"https://img.ceramicatalavera-pozo.es/logo-ceramica-pozo.png\" alt=\"Logotipo de Cerámica Pozo\" width=\"170\"></p><p>Estimado cliente:</p><p>Gracias por elegir nuestra cerámica para su pedido {O}. Nos gustaría conocer su opinión, sea cual sea.</p><p><a href=\"https://www.amazon.es/review/create-review?asin=B0BK2N6R4T\">Escribir una opinión en Amazon</a></p><p>Rafael Pozo<br>Cerámica Pozo</p>", [], "Clean HTML review request with logo (alt names shop) and descriptive Amazon link.")
M(10, "delivery-scheduling", "text", "Entrega de su sofá – pedido {O}",
  "Buenos días, Sr. Iglesias:\n\nEl sofá de tres plazas de su pedido {O} lo entrega nuestro transportista especializado. Estas son las franjas disponibles:\n- jueves 17/12/2026, de 9:00 a 13:00\n- viernes 18/12/2026, de 15:00 a 19:00\n- lunes 21/12/2026, de 9:00 a 13:00\n\nIndíquenos la que mejor le venga y en qué planta vive (con o sin ascensor).\n\nAtentamente,\nSofás Levante", [], "Clean bulky delivery scheduling.")
M(11, "home-service-appointment", "text", "Cita de instalación – pedido {O}",
  "Estimada Sra. Castillo:\n\nNuestro técnico puede instalar la campana extractora de su pedido {O} el martes 12 de enero de 2027 entre las 8:30 y las 10:30, o el miércoles 13 entre las 16:00 y las 18:00. La instalación dura aproximadamente hora y media.\n\n¿Qué horario prefiere?\n\nUn cordial saludo,\nDiego Prieto\nElectroServicio Aragón", [], "Clean home-service appointment.")
M(12, "custom-design-verification", "text", "Prueba de diseño – pedido {O}",
  "Hola, Nuria:\n\nTe adjuntamos la prueba de las invitaciones de tu pedido {O}: formato 15 x 15 cm, papel de algodón de 300 g, letras en dorado. Revisa, por favor, los nombres, la fecha (sábado 5 de junio de 2027) y la dirección de la finca.\n\nEn cuanto nos des el visto bueno, las imprimimos.\n\nUn abrazo,\nAna, Papel y Tinta", [], "Clean custom design proof.")
M(13, "fulfillment-question", "text", "Entrega del pedido {O}: código del portal",
  "Hola:\n\nEl repartidor no ha podido acceder a su edificio para entregar el pedido {O} (ref. envío 0082-4417-55). ¿Nos podría facilitar el código del portal o el nombre que aparece en el telefonillo? Se lo pasaremos a la agencia para el segundo intento, previsto el 16/12.\n\nGracias,\nDepartamento de envíos, Huerto Feliz", [], "Clean door-code question with a shipment reference.")
M(14, "reply", "text", "RE: Pregunta sobre el pedido {O}",
  "Buenas tardes, Sr. Romero:\n\nSí, el «Highland Organic Green Tea» que ha recibido es ecológico certificado. El nombre en inglés es el original de la marca, pero las instrucciones del interior también vienen en español. Consumo preferente: 05/2028.\n\nUn saludo,\nTés de la Alameda", [], "Clean reply quoting an English product title inside Spanish sentences.")
M(15, "reply", "text", "RE: Avería de la batidora – pedido {O}",
  "Hola:\n\nSentimos la avería de su batidora (pedido {O}). Está cubierta por la garantía de tres años del fabricante: el teléfono del servicio de garantía del fabricante Turbimix es el 900 812 447 (línea gratuita del fabricante), y ellos gestionan la sustitución.\n\nUn saludo,\nCocina Mediterránea", [], "Clean reply with the manufacturer's warranty line marked as such.")
M(16, "reply", "text", "RE: Factura a nombre de empresa – pedido {O}",
  "Estimada Sra. Vidal:\n\nYa hemos emitido de nuevo la factura del pedido {O} a nombre de su empresa, con el NIF que nos indicó. La tiene disponible en su cuenta de Amazon.\n\nAtentamente,\nSergio Campos\nResponsable de atención al cliente\n\nFerretería Campos e Hijos, S.L.\nAvda. de Andalucía, 112 · 41007 Sevilla\nCIF B41234567 · R.M. de Sevilla, tomo 5.210, folio 43, hoja SE-84121", [], "Clean reply with a company footer.")
M(17, "reply", "text", "RE: Reembolso del pedido {O}",
  "Buenos días:\n\nSu paquete de devolución (seguimiento SEUR 0871 2290 4415 63) llegó a nuestro almacén el lunes 14/12/2026 a las 10:15. El reembolso de 54,95 € del pedido {O} se tramitó ese mismo día a las 18:30; según su banco, tardará entre 3 y 5 días hábiles. Número de devolución: DEV-26-1127.\n\nSaludos,\nPablo, Deportes Cumbre", [], "Clean reply with tracking/return numbers, dates, times, amounts.")

# ---- violations ----
M(18, "fulfillment-question", "text", "Su pedido {O}",
  "Hola:\n\nSu paquete ha salido esta mañana de nuestro almacén de Getafe y ya está en manos de Correos Express. Lo recibirá previsiblemente el jueves.\n\nUn saludo,\nTextiles Alhambra", ["BSM201"], "Shipping confirmation.")
M(19, "fulfillment-question", "text", "Pedido {O} recibido",
  "¡Hola, Jorge!\n\nHemos recibido tu pedido {O} y ya lo estamos preparando con mucho mimo en el taller.\n\nHasta pronto,\nMadera Viva", ["BSM201"], "Order confirmation: received and being prepared.")
M(20, "reply", "text", "¡Gracias! – pedido {O}",
  "Estimado cliente:\n\nMuchísimas gracias por su pedido {O}. Para nosotros es un orgullo.\n\nCerámica Pozo", ["BSM202"], "Thanks only.")
M(21, "reply", "text", "Pedido {O}",
  "Buenos días:\n\nSi surgiera cualquier incidencia con su pedido {O}, quedamos a su entera disposición.\n\nAtentamente,\nMuebles Albero", ["BSM202"], "Only an offer to help if something comes up.")
M(22, "delivery-delay", "text", "Pedido {O}: pequeño retraso",
  "Hola:\n\nSu vela aromática (pedido {O}) saldrá el 11/12/2026, con dos días de retraso, porque estamos revisando las mechas del lote.\n\nUn saludo,\nCera y Sal\n\nP. D.: Hasta el domingo tiene un 20 % de descuento en toda la tienda con el código NAVIDAD20.", ["BSM203"], "Delay with a promotional P.S.")
M(23, "reply", "text", "RE: Talla del jersey – pedido {O}",
  "Hola, Laura:\n\nEl jersey de tu pedido {O} viene pequeño, así que para el cambio te recomendamos una talla más.\n\nY si quieres ver antes que nadie la nueva colección de primavera, síguenos en Instagram (@lanayhilo_es) y suscríbete a nuestro boletín.\n\nUn abrazo,\nLana y Hilo", ["BSM203"], "Follow-us and newsletter invitation.")
M(24, "review-request", "text", "Su opinión – pedido {O}",
  "Hola:\n\nSi deja una opinión sobre su esterilla de yoga (pedido {O}), en cuanto esté publicada le enviaremos un detalle como agradecimiento.\n\nUn saludo,\nYoga en Casa", ["BSM204"], "Small gift once the review is published.")
M(25, "review-request", "text", "Pedido {O}: reembolso completo",
  "Estimado Sr. Delgado:\n\nLe devolveremos el importe íntegro del pedido {O} en cuanto su reseña esté publicada. Solo tiene que enviarnos una captura de pantalla por la mensajería de Amazon.\n\nAtentamente,\nTecnoPlus España", ["BSM204"], "Full refund once the review is online.")
M(26, "reply", "text", "RE: Su valoración – pedido {O}",
  "Hola:\n\nLe cambiamos el aspirador defectuoso (pedido {O}) y nos ha confirmado que el nuevo funciona bien. Ahora que está solucionado, ¿podría cambiar su valoración de una estrella o, si lo prefiere, eliminarla?\n\nGracias por su comprensión,\nHogar Limpio", ["BSM205"], "Asks to change or remove a one-star review.")
M(27, "review-request", "text", "¿Contento con su pedido {O}?",
  "Hola:\n\nSi está contento con los auriculares de su pedido {O}, ¡déjenos una opinión en Amazon! Y si algo no le convence, escríbanos a nosotros antes de publicar nada, que lo arreglamos.\n\nSaludos,\nSonido Vivo", ["BSM206"], "Only satisfied buyers; unhappy ones steered away.")
M(28, "review-request", "text", "¿Nos echas una mano? Pedido {O}",
  "Querida Pilar:\n\n¿Te gusta la ropa de cama de tu pedido {O}? Cinco estrellas en Amazon serían el mejor regalo para nuestra pequeña empresa familiar.\n\nCon cariño,\nLinos de Galicia", ["BSM206"], "Asks for five stars.")
M(29, "order-problem", "text", "Pedido {O}: producto agotado",
  "Hola:\n\nEl robot de cocina de su pedido {O} se ha agotado. Ya hemos ajustado el importe del pedido (motivo: sin existencias) y no se le cobrará nada. Para cerrarlo cuanto antes, lo más rápido es que cancele usted mismo el pedido desde su cuenta.\n\nUn saludo,\nCocina Mediterránea", ["BSM108"], "Adjustment confirmed but advises the buyer to cancel.")
M(30, "order-problem", "text", "Pedido {O}: artículo no disponible",
  "Estimado Sr. Cabrera:\n\nNuestro proveedor se ha quedado sin el artículo de su pedido {O}. Le agradeceríamos que solicitara la cancelación desde su área de cliente.\n\nDisculpe las molestias,\nFerretería Campos", ["BSM107", "BSM108"], "Asks for a cancellation request without confirming an adjustment.")
M(31, "review-request", "text", "Pedido {O}: su opinión",
  "Hola:\n\nLa botella térmica de su pedido {O} se entregó la semana pasada. Una opinión en la página del producto, positiva o negativa, nos sería de gran ayuda.\n\nSi no desea recibir más mensajes nuestros, responda BAJA.\n\nHidra Sport", ["BSM305"], "Opt-out instruction (reply BAJA).")
M(32, "reply", "text", "RE: Paquete dañado – pedido {O}",
  "Hola:\n\nPerdone, el puto transportista ha vuelto a tirar la caja, joder. En fin, mañana mismo le enviamos un jarrón nuevo para el pedido {O}.\n\nNacho, Cerámica del Puerto", ["BSM306"], "Spanish profanity.")
M(33, "delivery-delay", "text", "Order {O} – shipping delay",
  "Hello,\n\nYour linen tablecloth (order {O}) will ship on 18 December rather than 11 December, as our weaver is running late. Apologies for the wait.\n\nKind regards,\nTextiles Alhambra", ["BSM104"], "English message to a Spanish buyer.")
M(34, "reply", "text", "RE: Montaje de la estantería – pedido {O}",
  "Hola:\n\nPara el montaje de la estantería (pedido {O}), lo más fácil es que nos llame al taller al 963 482 175, de lunes a viernes.\n\nUn saludo,\nMadera Viva", ["BSM309"], "Seller phone, national format.")
M(35, "reply", "text", "RE: Entrega del pedido {O}",
  "Hola:\n\nPara cualquier duda sobre la entrega de su pedido {O}, puede llamar a nuestro servicio de atención al cliente al +34 654 321 987.\n\nSaludos,\nHuerto Feliz", ["BSM309"], "Seller phone, international format.")
M(36, "reply", "text", "RE: Fotos del defecto – pedido {O}",
  "Hola:\n\n¿Nos puede mandar las fotos del defecto (pedido {O}) a atencion@mueblesalbero.es? Así se las pasamos directamente al taller.\n\nGracias,\nRaúl, Muebles Albero", ["BSM308"], "Plain e-mail address.")
M(37, "reply", "text", "RE: Manual de instrucciones – pedido {O}",
  "Hola:\n\nEl manual completo del pedido {O} pesa demasiado para la mensajería. Escríbanos a soporte arroba iluminacioncandela punto es y se lo mandamos.\n\nLucía, Iluminación Candela", ["BSM308"], "Obfuscated address with arroba/punto.")
M(38, "reply", "html", "RE: Guía de tallas – pedido {O}",
  "<p>Hola:</p><p>Antes de cambiar la talla del pedido {O}, consulta la <a href=\"https://www.lanayhilo.es/guia-de-tallas\">guía de tallas de Lana y Hilo</a>.</p><p>Un saludo,<br>Lana y Hilo</p>", ["BSM302"], "https link to the seller's own site.")
M(39, "reply", "html", "RE: Medidas de la funda – pedido {O}",
  "<p>Buenos días:</p><p>Las medidas exactas de la funda (pedido {O}) están en la <a href=\"http://www.amazon.es/dp/B0D5XQ2M7L\">ficha del producto en Amazon</a>.</p><p>Atentamente,<br>Linos de Galicia</p>", ["BSM301"], "http link to Amazon.")
M(40, "delivery-delay", "html", "Retraso del pedido {O}",
  "<p>Hola:</p><p>Su lámpara (pedido {O}) saldrá el 19/12/2026 en lugar del 12/12.</p><p><img src=\"https://img.iluminacioncandela.es/productos/lampara-pie-brisa-roble.jpg\" alt=\"Lámpara de pie Brisa de roble\" width=\"300\"></p><p>Un saludo,<br>Iluminación Candela</p>", ["BSM310"], "Photo of the purchased product.")
M(41, "delivery-delay", "html", "Pedido {O}: nueva fecha",
  "<p>Hola:</p><p>Con las fiestas, su pedido {O} saldrá el 21/12/2026.</p><p><img src=\"https://img.ceraysal.es/varios/arbol-navidad-luces.jpg\" alt=\"Árbol de Navidad con luces\" width=\"300\"></p><p>¡Felices fiestas!<br>Cera y Sal</p>", ["BSM311"], "Unrelated stock image (Christmas tree).")
M(42, "review-request", "html", "Su opinión – pedido {O}",
  "<p><img src=\"https://img.tesdelaalameda.es/logo-alameda.png\" alt=\"\" width=\"150\"></p><p>Hola:</p><p>Una opinión sobre su pedido {O}, sea cual sea, ayuda a otros amantes del té.</p><p>Tés de la Alameda</p>", ["BSM402"], "Logo with empty alt.")
M(43, "delivery-delay", "text", "Pedido {O}: un día más ⏳",
  "Hola:\n\nSu pedido {O} saldrá mañana en vez de hoy, estamos esperando las cajas de regalo 🎁.\n\nGracias por su paciencia,\nChocolates Ordóñez", ["BSM403"], "Emoji.")
M(44, "reply", "text", "RE: Color de la taza – pedido {O}",
  "¡Hola, Elena!\n\nSin problema, cambiamos tu taza a azul noche antes de enviar el pedido {O} :D\n\nHasta pronto,\nCerámica del Puerto", ["BSM403"], "Emoticon :D.")
M(45, "delivery-delay", "html", "Retraso de su pedido {O}",
  "<style>.tit{font-size:27px} .sub{font-size:20px} .txt{font-size:14px} .pie{font-size:11px}</style><p class=\"tit\">Un pequeño retraso</p><p class=\"sub\">Pedido {O}</p><p class=\"txt\">Los plantones de tomate saldrán el 14/04/2027, cuando estén lo bastante fuertes para el viaje.</p><p class=\"pie\">Huerto Feliz</p>", ["BSM410"], "Four font sizes in a style block.")
M(46, "additional-information", "html", "Pedido {O}: dirección incompleta",
  "<p>Hola:</p><p>En la dirección de entrega del pedido {O} falta el número del portal.</p><p></p><p></p><p>¿Nos lo podría indicar?</p><p>Gracias,<br>Ferretería Campos</p>", ["BSM412"], "Empty paragraphs between paragraphs.")
M(47, "return-follow-up", "text", "[Importante] Devolución del pedido {O}",
  "Hola:\n\nPara completar la devolución del pedido {O}, ¿nos confirma si el producto va en su caja original?\n\nGracias,\nDeportes Cumbre", ["BSM110"], "[Importante] on a return follow-up.")
M(48, "reply", "text", "RE: Instrucciones – pedido {O}",
  "Hola:\n\nLas instrucciones del pedido {O} están en Amazon: https://www.amazon.es/dp/B0C8PM4K1R\n\nUn saludo,\nElectroServicio Aragón", ["BSM401"], "Bare URL to Amazon in text.")
# ---- varying ----
M(49, "review-request", "html", "Su opinión sobre el pedido {O}",
  "<p><a href=\"https://www.vidriosdelsur.es\"><img src=\"https://img.vidriosdelsur.es/logo-vidrios-del-sur.png\" alt=\"Logotipo de Vidrios del Sur\" width=\"160\"></a></p><p>Hola:</p><p>Si tiene un momento, una opinión sobre su pedido {O}, sea positiva o negativa, ayudará a otros clientes.</p><p>Marta, Vidrios del Sur</p>", ["BSM302", "BSM304"], "Logo linked to the seller's website.")
M(50, "delivery-scheduling", "html", "Entrega del pedido {O}: elija franja",
  "<p>Hola:</p><p>Para programar la entrega del armario de su pedido {O}, elija una franja:</p><form method=\"post\"><label><input type=\"radio\" name=\"franja\" value=\"m\"> Mañana, de 9:00 a 13:00</label><br><label><input type=\"radio\" name=\"franja\" value=\"t\"> Tarde, de 15:00 a 19:00</label><br><button type=\"submit\">Enviar</button></form><p>Sofás Levante</p>", ["BSM312"], "Embedded HTML form.")
