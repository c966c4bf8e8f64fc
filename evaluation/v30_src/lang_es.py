"""v30 blind evaluation set, Spanish (es-ES)."""
LANG = "es"
MESSAGES = []


def _oid(n):
    return "616-%07d-%07d" % (7214406 + n * 2861, 4370159 + n * 5297)


def m(n, typ, fmt, subject, body, expected, note, locale="es-ES"):
    o = _oid(n)
    MESSAGES.append({
        "id": "v30-es-%03d" % n, "language": LANG, "locale": locale, "type": typ,
        "format": fmt, "subject": subject.replace("{o}", o), "body": body.replace("{o}", o),
        "order_id": o, "expected": sorted(expected), "note": note,
    })


m(1, "delivery-delay", "text", "Su pedido {o} saldrá con retraso",
  "Hola, Carmen:\n\nTe escribimos porque la paellera de 46 cm de tu pedido {o} no podrá salir hasta el lunes 14 de diciembre; el fabricante de Valencia nos ha retrasado la entrega del lote.\n\nSentimos mucho la espera.\n\nUn saludo,\nPaco\nMenaje La Huerta",
  [], "Clean plain-text delivery delay with a new date.")
m(2, "delivery-delay", "html", "Pedido {o}: cambio en la fecha de envío",
  "<p>Buenos días:</p><p>Por la alta demanda de estas semanas, el envío de su pedido <strong>{o}</strong> se retrasa unos días.</p><table><tr><td>Fecha prevista</td><td>09/12/2026</td></tr><tr><td>Nueva fecha de envío</td><td>14/12/2026</td></tr></table><p>Disculpe las molestias.</p><p>Atención al cliente<br>Textil Hogar Navarro</p>",
  [], "Clean HTML delivery delay with a table and no styles.")
m(3, "order-problem", "text", "[Importante] Pedido {o} – artículo sin existencias",
  "Estimado Sr. Fernández:\n\nLamentamos comunicarle que la última unidad de la cafetera italiana Oroley de 9 tazas llegó defectuosa del proveedor y no podemos enviársela.\n\nYa hemos ajustado el importe del pedido {o} (motivo: sin existencias), por lo que no se le cobrarán los 27,95 €.\n\nDisculpe las molestias.\nAtentamente,\nLucía Ortega\nCafés del Norte",
  [], "Clean order problem confirming the amount adjustment, with [Importante].")
m(4, "additional-information", "text", "Necesitamos un dato – pedido {o}",
  "Hola:\n\nPara bordar la toalla de tu pedido {o} nos falta el nombre que quieres (máximo 12 letras) y si lo prefieres en hilo blanco o gris. ¿Nos lo dices respondiendo a este mensaje?\n\n¡Gracias!\nRocío, Bordados Rocío",
  [], "Clean request for information needed to complete the order.")
m(5, "return-follow-up", "text", "Devolución del pedido {o}",
  "Estimada Sra. Gil:\n\nHemos visto las fotos de la mancha en la funda nórdica. Si le parece bien quedársela, podemos ofrecerle un reembolso parcial de 10,00 €; si lo prefiere, seguimos adelante con la devolución completa. Quedamos a la espera de su respuesta.\n\nSaludos cordiales,\nDepartamento de posventa\nSueño Natural S.L.",
  [], "Clean return follow-up offering a partial refund.")
m(6, "return-follow-up", "text", "Su solicitud de devolución {o}",
  "Buenas tardes:\n\nSobre la devolución del pedido {o}: ¿el reloj se ha dejado de cargar o no enciende en absoluto? Necesitamos saberlo para tramitar la devolución con el servicio técnico.\n\nGracias,\nÁlvaro\nRelojes Montes",
  [], "Clean return follow-up asking for information needed for the return.")
m(7, "invoice", "text", "Factura F-2026/12/0356 – pedido {o}",
  "Estimado cliente:\n\nLe adjuntamos la factura n.º F-2026/12/0356, de fecha 05/12/2026, correspondiente a su pedido {o}. Importe total: 121,00 € (IVA 21 % incluido: 21,00 €).\n\nAtentamente,\nAdministración\n\nCerámicas Sevilla Artesanía S.L. · C/ Alfarería 27, 41010 Sevilla\nCIF B-41234567 · Inscrita en el Registro Mercantil de Sevilla, tomo 5123, folio 88, hoja SE-84512",
  [], "Clean invoice with CIF, registry details and a slashed invoice number.")
m(8, "review-request", "text", "¿Qué tal tu pedido {o}?",
  "Hola, Javier:\n\nHace unos días recibiste tus auriculares. Si tienes un momento, nos ayudaría mucho que dejaras una opinión en Amazon sobre el producto y sobre nosotros, sea cual sea tu experiencia.\n\nUn saludo,\nEl equipo de SonidoClaro",
  [], "Clean neutral text review request.")
m(9, "review-request", "html", "Su opinión sobre el pedido {o}",
  "<p><img src=\"https://cdn.jaboneria-olivar.es/img/logo-jaboneria-olivar.png\" alt=\"Jabonería El Olivar\" width=\"170\"></p><p>Buenos días:</p><p>Hace una semana le llegaron los jabones del pedido {o}. Nos encantaría conocer su opinión, tanto si le han gustado como si no.</p><p><a href=\"https://www.amazon.es/review/review-your-purchases\">Escribir una opinión en Amazon.es</a></p><p>Un saludo,<br>Jabonería El Olivar</p>",
  [], "Clean HTML review request with logo, alt naming the shop and descriptive Amazon link.")
m(10, "delivery-scheduling", "text", "Entrega de su sofá – pedido {o}",
  "Buenos días, Sr. Romero:\n\nLa agencia de transporte puede entregarle el sofá cama (pedido {o}, 1 bulto de 86 kg) en alguno de estos tramos:\n- martes 15/12, de 9:00 a 14:00\n- miércoles 16/12, de 15:00 a 19:00\n- viernes 18/12, de 9:00 a 14:00\n\nIndíquenos cuál le va mejor y en qué planta vive.\n\nUn saludo,\nSofás Levante",
  [], "Clean delivery scheduling with dates and time slots.")
m(11, "home-service-appointment", "text", "Cita para la instalación – {o}",
  "Hola:\n\nNuestro técnico puede ir a instalar el aire acondicionado el jueves 10 de diciembre a las 10:00 o el lunes 14 a las 16:30. ¿Cuál le viene bien? Referencia del pedido: {o}.\n\nSaludos,\nClimatiza Murcia Instalaciones",
  [], "Clean home-service appointment with dates and times.")
m(12, "custom-design-verification", "html", "Prueba de diseño – pedido {o}",
  "<p>Hola, Marta:</p><p>Te adjuntamos la prueba de diseño de las invitaciones de boda (pedido {o}). Revisa los nombres, la fecha y el tono del papel.</p><ul><li>Tamaño: 15 x 21 cm</li><li>Cantidad: 120</li></ul><p>En cuanto nos des el visto bueno, las imprimimos.</p><p>Nerea<br>Imprenta La Pluma</p>",
  [], "Clean custom design verification with attached proof.")
m(13, "fulfillment-question", "text", "Código del portal – pedido {o}",
  "Buenos días:\n\nEl repartidor de SEUR no pudo acceder a su edificio (envío ES-SEUR-2211-K8, pedido {o}). ¿Podría indicarnos el código del portal y el piso y la letra? El nuevo intento está previsto para el 11/12.\n\nGracias,\nExpediciones – Ferretería Ibáñez",
  [], "Clean fulfilment question asking for a door code with reference numbers.")
m(14, "reply", "text", "Re: duda sobre el pedido {o}",
  "Hola:\n\nSí, la \"Cast Iron Dutch Oven 5.5 Qt – Cherry Red\" que has pedido sirve para inducción y también para horno hasta 260 ºC. La tapa lleva un pomo metálico, así que no hay problema.\n\nBuenas noches,\nÓscar, Cocina Fuerte",
  [], "Clean reply quoting an English product title in Spanish sentences.")
m(15, "reply", "text", "Re: la batidora no arranca – {o}",
  "Estimada Sra. Vidal:\n\nLa batidora tiene dos años de garantía del fabricante. Para la reparación en garantía puede llamar directamente al servicio técnico oficial del fabricante Tauria, 902 118 540 (línea de garantía del fabricante, de lunes a viernes de 9 a 18 h), indicando el pedido {o}.\n\nAtentamente,\nElectro Hogar Valencia",
  [], "Clean reply with the manufacturer's warranty line, marked as such.")
m(16, "reply", "text", "Re: datos de facturación ({o})",
  "Hola, buenos días:\n\nYa hemos cambiado la factura del pedido {o} a nombre de su empresa; la tendrá disponible en su cuenta de Amazon en 48 horas.\n\nUn saludo,\n\nIrene Castro\nResponsable de atención al cliente\nCastro & Pardo Distribuciones, S.L.\nAvda. de la Constitución 14, 3.º B, 50008 Zaragoza\nNIF B-50987654",
  [], "Clean reply with a Spanish company footer (NIF, address).")
m(17, "reply", "text", "Re: ¿cuándo me devolvéis el dinero? {o}",
  "Hola, Daniel:\n\nTu devolución (autorización DEV-2026-3307, envío Correos Express ZX90312774ES) llegó a nuestro almacén el 02/12/2026 a las 12:20. El reembolso de 45,90 € se emitió el 03/12 y suele tardar de 3 a 5 días hábiles (pedido {o}).\n\nUn saludo,\nAtención al cliente Moda Cántabra",
  [], "Clean reply with return and tracking numbers, dates, times and amounts.")
m(18, "fulfillment-question", "text", "¡Tu pedido {o} ya va de camino!",
  "Hola:\n\nEsta mañana tu pedido {o} ha salido de nuestro almacén de Zaragoza y se lo hemos entregado a MRW.\n\nUn abrazo,\nEl equipo de Conservas Aragón",
  ["BSM201"], "Shipping confirmation: left the warehouse, handed to carrier.")
m(19, "fulfillment-question", "text", "Hemos recibido su pedido {o}",
  "Estimado cliente:\n\nLe confirmamos que su pedido {o} ha entrado correctamente en nuestro sistema y ya lo estamos preparando.\n\nAtentamente,\nVinos de la Ribera",
  ["BSM201"], "Order confirmation: received and being prepared.")
m(20, "fulfillment-question", "text", "¡Gracias! – {o}",
  "Hola, Laura:\n\nMil gracias por tu compra, de verdad. ¡Nos has alegrado el día!\n\nPedido {o}\nVelas Mediterráneo",
  ["BSM202"], "Thanks-only message.")
m(21, "fulfillment-question", "text", "Pedido {o}",
  "Buenos días:\n\nSi en algún momento surge cualquier inconveniente con su pedido {o}, estamos a su disposición.\n\nSaludos,\nRecambios Auto Bilbao",
  ["BSM202"], "Only offers help should a problem arise.")
m(22, "delivery-delay", "text", "Retraso en el pedido {o}",
  "Hola:\n\nEl espejo de tu pedido {o} saldrá el 17/12 en lugar del 11/12, porque el cristal biselado llega tarde del taller.\n\nPerdona las molestias,\nEspejos Castilla\n\nP. D.: Esta semana tienes un 20 % de descuento en toda la tienda con el código INVIERNO20.",
  ["BSM203"], "Valid delay with a P.S. advertising 20% off the whole shop.")
m(23, "reply", "text", "Re: talla del abrigo ({o})",
  "Hola, Ana:\n\nEl abrigo tira un poco pequeño, mejor una talla más. Pedido {o}.\n\nPor cierto, ¡ya está aquí nuestra nueva colección! Síguenos en Instagram y apúntate a nuestra newsletter para enterarte antes que nadie.\n\nBesos,\nLana y Punto",
  ["BSM203"], "Reply with new collection, follow-us and newsletter promotion.")
m(24, "review-request", "text", "¿Nos dejas una opinión? Pedido {o}",
  "Hola:\n\n¿Podrías dejar una reseña del soporte para portátil en Amazon? Cuando esté publicada, escríbenos y te mandamos un pequeño detalle como agradecimiento.\n\nGracias,\nErgoDesk España",
  ["BSM204"], "Small gift once the review is published.")
m(25, "review-request", "text", "Pedido {o} – su valoración",
  "Estimado cliente:\n\nEn cuanto su reseña aparezca publicada en Amazon, le devolveremos el importe íntegro de la compra. Solo tiene que enviarnos una captura.\n\nUn saludo,\nAltavoces Pro",
  ["BSM204"], "Full refund as soon as the review is online.")
m(26, "reply", "text", "Re: su reseña – pedido {o}",
  "Estimado Sr. Molina:\n\nNos alegra que el nuevo cargador le haya llegado bien. Ahora que está resuelto, ¿le importaría modificar o eliminar la reseña de una estrella que publicó?\n\nUn cordial saludo,\nCargadores Rápidos",
  ["BSM205"], "Asks to change or remove a one-star review.")
m(27, "review-request", "text", "¿Contento con tu compra? {o}",
  "Hola:\n\nSi la esterilla te ha gustado, déjanos una opinión en Amazon. Y si algo no te ha convencido, mejor no la publiques y escríbenos primero, que lo arreglamos.\n\nNamasté,\nYoga Balear",
  ["BSM206"], "Review only if satisfied; unhappy buyers steered away.")
m(28, "review-request", "text", "¿5 estrellas? – pedido {o}",
  "Hola, Pablo:\n\nSomos una tienda pequeña y cada valoración cuenta muchísimo. Si pudieras ponernos 5 estrellas en Amazon, nos harías un favor enorme.\n\nGracias,\nCuchillería Albacete",
  ["BSM206"], "Asks for a five-star rating.")
m(29, "order-problem", "text", "Pedido {o}: producto agotado",
  "Hola:\n\nEl casco que pediste se ha agotado y no podemos enviarlo. Ya hemos ajustado el importe del pedido (motivo: sin existencias), así que no se te cobrará nada.\n\nLo más rápido para cerrarlo es que canceles tú mismo el pedido {o} desde tu cuenta de Amazon.\n\nUn saludo,\nMoto Equipamiento Galicia",
  ["BSM108"], "Amount adjusted but advises the buyer to cancel because of stock-out.")
m(30, "order-problem", "text", "Problema de stock – {o}",
  "Estimada clienta:\n\nNos hemos quedado sin existencias del carrito de bebé que compró. Le agradeceríamos que solicitara la cancelación del pedido {o}.\n\nDisculpe,\nMundo Bebé Tienda",
  ["BSM107", "BSM108"], "Asks for a cancellation request without confirming the adjustment.")
m(31, "delivery-delay", "text", "Pedido {o} con retraso",
  "Buenos días:\n\nSu pedido {o} se enviará el 18/12 en vez del 12/12, por un retraso en el tapizado.\n\nAtentamente,\nTapicería Segovia\n\nSi no desea recibir más mensajes nuestros, responda BAJA.",
  ["BSM305"], "Reply-to-unsubscribe opt-out instruction.")
m(32, "reply", "text", "Re: paquete roto {o}",
  "Hola:\n\nJoder, otra vez la agencia nos ha destrozado un paquete, lo siento muchísimo. El lunes te mandamos la fuente nueva (pedido {o}).\n\nQuique – Cerámica de Talavera",
  ["BSM306"], "Spanish profanity in a reply.")
m(33, "delivery-delay", "text", "Commande {o} – retard",
  "Bonjour,\n\nVotre commande {o} sera expédiée le 16 décembre au lieu du 10. Veuillez nous excuser.\n\nCordialement,\nCiclo Recambios",
  ["BSM104"], "Message in French sent to a Spanish-locale buyer.")
m(34, "additional-information", "text", "Dirección incompleta – pedido {o}",
  "Hola:\n\nEn la dirección del pedido {o} falta el número del portal. Puedes contestar aquí o llamarme al 612 45 78 90.\n\nGracias,\nSergio – Bodegas Rioja Alta",
  ["BSM309"], "Spanish national mobile number.")
m(35, "delivery-scheduling", "text", "Entrega del armario – {o}",
  "Estimada Sra. Herrera:\n\nPara concertar la entrega del armario (pedido {o}), llame a nuestro departamento de logística al +34 961 234 567, de lunes a viernes de 9 a 17 h.\n\nAtentamente,\nMuebles Turia",
  ["BSM309"], "International-format Spanish phone number, not a warranty line.")
m(36, "reply", "text", "Re: factura – {o}",
  "Hola:\n\nPara cualquier duda con la factura del pedido {o} escribe a facturas@ultramarinos-delgado.es y te contestamos en 24 horas.\n\nUn saludo,\nUltramarinos Delgado",
  ["BSM308"], "Plain e-mail address.")
m(37, "return-follow-up", "text", "Devolución {o} – fotos",
  "Buenos días:\n\nPara completar la devolución del pedido {o} necesitamos dos fotos de la etiqueta. Puede mandarlas a devoluciones arroba jugueteria-sol punto es.\n\nGracias,\nJuguetería Sol",
  ["BSM308"], "Obfuscated e-mail address with 'arroba' and 'punto'.")
m(38, "reply", "html", "Re: cuidado de la tabla – {o}",
  "<p>Hola:</p><p>Para la tabla de cortar de olivo de tu pedido {o}, aplícale aceite una vez al mes. Tienes todos los pasos en la <a href=\"https://www.maderayolivo.es/guias/cuidado-tablas\">guía de mantenimiento de nuestra web</a>.</p><p>Saludos,<br>Madera y Olivo</p>",
  ["BSM302"], "Descriptive https link to the seller's own site.")
m(39, "review-request", "html", "Su opinión – pedido {o}",
  "<p>Buenos días:</p><p>El cinturón de su pedido {o} le llegó la semana pasada. Nos ayudaría mucho saber qué le ha parecido.</p><p><a href=\"http://www.amazon.es/review/review-your-purchases\">Dejar una opinión en Amazon.es</a></p><p>Gracias,<br>Marroquinería Ubrique</p>",
  ["BSM301"], "Descriptive Amazon link over http.")
m(40, "delivery-delay", "html", "Envío aplazado – {o}",
  "<p>Hola:</p><p>Tu lámpara Arco Latón (pedido {o}) saldrá el 18/12 en vez del 12/12.</p><p><img src=\"https://img.iluminacion-lorca.es/productos/lampara-arco-laton.jpg\" alt=\"Lámpara Arco Latón\" width=\"300\"></p><p>Perdona,<br>Iluminación Lorca</p>",
  ["BSM310"], "Image of the purchased product.")
m(41, "delivery-delay", "html", "Retraso en la entrega – {o}",
  "<p>¡Hola!</p><p><img src=\"https://img.turrones-jijona.es/stock/arbol-navidad.jpg\" alt=\"Árbol de Navidad iluminado\" width=\"300\"></p><p>El lote de turrones del pedido {o} saldrá el 16/12 por el volumen de pedidos.</p><p>Turrones de Jijona</p>",
  ["BSM311"], "Stock Christmas-tree image unrelated to the shop.")
m(42, "invoice", "html", "Factura del pedido {o}",
  "<p><img src=\"https://cdn.optica-mar.es/logo-optica-mar.png\" width=\"150\"></p><p>Hola:</p><p>Adjuntamos la factura FV/2026/0991 del pedido {o}.</p><p>Óptica Mar</p>",
  ["BSM402"], "Shop logo without alt attribute.")
m(43, "reply", "text", "Re: ¿hay en otro color? {o}",
  "Hola, Elena:\n\n¡Sí! La taza también la tenemos en amarillo mostaza 😊 Si quieres te la cambiamos (pedido {o}).\n\nAlfarería Elena",
  ["BSM403"], "Emoji in a reply.")
m(44, "reply", "text", "Re: instrucciones – {o}",
  "Hola:\n\nLas instrucciones de montaje van en el sobrecito pegado debajo de la balda :D ¡Ánimo con el montaje! Pedido {o}.\n\nDani, Estanterías Fácil",
  ["BSM403"], "Text emoticon in a reply.")
m(45, "delivery-delay", "html", "Pedido {o} – retraso",
  "<style>h1{font-size:25px} h2{font-size:19px} p{font-size:14px} .pie{font-size:10px}</style><h1>Casa Ferrer</h1><h2>Retraso en el envío</h2><p>Su pedido {o} saldrá el 15/12 en lugar del 10/12.</p><p class=\"pie\">Casa Ferrer S.L. · CIF B-08123456</p>",
  ["BSM410"], "Four explicit font sizes in a style block.")
m(46, "additional-information", "text", "Pedido {o} – número",
  "Hola:\n\nHas pedido las zapatillas de casa en la talla 40/41. ¿Nos confirmas que no era la 41/42?\n\n\n\nGracias,\nZapatillas Calentitas",
  ["BSM412"], "Multiple consecutive blank lines in plain text.")
m(47, "delivery-delay", "html", "Retraso – pedido {o}",
  "<p>Buenos días:</p><p>Su pedido {o} se enviará el 17/12.<br><br><br><br>Un saludo,<br>Jardín Vertical Sur</p>",
  ["BSM412"], "A run of four br elements.")
m(48, "return-follow-up", "text", "[Importante] Devolución del pedido {o}",
  "Hola:\n\nPara tramitar la devolución del pedido {o}, ¿nos puedes decir si la chaqueta tiene todavía las etiquetas puestas?\n\nGracias,\nModa Retiro",
  ["BSM110"], "[Importante] tag on a return follow-up.")
m(49, "review-request", "html", "¿Una opinión? – {o}",
  "<p>Hola:</p><p>¿Qué tal la tetera del pedido {o}? Si quieres contarnos tu experiencia, <a href=\"https://www.amazon.es/review/review-your-purchases\">pincha aquí</a>.</p><p>Gracias,<br>Tés del Mundo</p>",
  ["BSM401"], "Non-descriptive 'pincha aquí' link text.")
m(50, "delivery-delay", "text", "Retraso en su pedido",
  "Buenos días:\n\nSu pedido 61673574564635009 saldrá el 14 de diciembre en lugar del 9 por un problema con el proveedor.\n\nDisculpe las molestias,\nPersianas Alicante",
  ["BSM102"], "Order number written without hyphens, so no valid order number.")
