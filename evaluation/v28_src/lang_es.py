"""v28 blind evaluation set: Spanish messages (es-ES)."""

LANG = "es"


def _oid(n):
    a = (4602117 + n * 221311) % 10000000
    b = (1209833 + n * 408923) % 10000000
    return "596-%07d-%07d" % (a, b)


MESSAGES = []


def _m(n, typ, fmt, subject, body, expected, note, locale="es-ES"):
    o = _oid(n)
    MESSAGES.append({
        "id": "v28-es-%03d" % n,
        "language": LANG,
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject.replace("{o}", o),
        "body": body.replace("{o}", o),
        "order_id": o,
        "expected": sorted(expected),
        "note": note,
    })


# ---------------------------------------------------------------- clean (17)
_m(1, "delivery-delay", "text", "Pedido {o}: retraso en el envío",
   "Hola, Lucía:\n\nTe escribimos porque la paellera esmaltada de 46 cm de tu pedido {o} va a salir con algo de retraso. El fabricante nos entrega el lote el lunes, así que la nueva fecha de envío es el viernes 18 de diciembre.\n\nSentimos las molestias. Si tienes cualquier duda, contesta a este mensaje y te respondemos.\n\nUn saludo,\nJavi\nMenaje La Albufera", [],
   "Plain-text delay with a new ship date.")

_m(2, "delivery-delay", "html", "Actualización de su pedido {o}",
   "<p>Estimado Sr. Navarro:</p><p>Le informamos de que la <b>estantería de pino macizo</b> de su pedido {o} sigue en el taller, pendiente del último barnizado.</p><table><tr><td>Fecha de envío prevista</td><td>10/12/2026</td></tr><tr><td>Nueva fecha de envío</td><td>17/12/2026</td></tr></table><p>Disculpe la espera. Puede responder a este mensaje para cualquier consulta.</p><p>Carpintería Hermanos Soler<br><small>Taller artesano en Teruel</small></p>", [],
   "HTML delay notice with a plain table.")

_m(3, "order-problem", "text", "[Importante] Pedido {o}: artículo sin existencias",
   "Buenos días:\n\nLamentamos comunicarle que el juego de cuchillos japoneses de su pedido {o} se ha quedado sin existencias y no vamos a poder enviárselo.\n\nYa hemos ajustado el importe del pedido por falta de stock: los 64,95 € se le reembolsan en el mismo método de pago que utilizó en Amazon.\n\nDisculpe las molestias.\nAtentamente,\nCuchillería Albacete Online", [],
   "Order problem confirming the adjusted amount, [Importante] allowed on this type.")

_m(4, "additional-information", "text", "Pedido {o}: necesitamos un dato",
   "Hola:\n\nPara grabar la placa de la mascota (pedido {o}) nos falta saber si quieres el teléfono en la parte de atrás o solo el nombre \"Toby\". En las notas del pedido no aparece.\n\nEn cuanto nos digas algo, la pasamos a grabado.\n\nGracias,\nMarta - Grabados Peludos", [],
   "Request for engraving information needed to complete the order.")

_m(5, "return-follow-up", "text", "Devolución pedido {o}",
   "Estimada Sra. Ruiz:\n\nHemos recibido su solicitud de devolución de la chaqueta vaquera (pedido {o}) por el pequeño descosido en el bolsillo.\n\nSi le parece bien, en lugar de la devolución le ofrecemos un reembolso parcial de 12,00 € y se queda usted con la chaqueta. Basta con que nos responda aceptándolo; si no, seguimos con la devolución normal.\n\nUn cordial saludo,\nDenim Sevilla", [],
   "Return follow-up with a partial-refund offer.")

_m(6, "return-follow-up", "html", "Su devolución del pedido {o}",
   "<p>Buenas tardes:</p><p>Para tramitar la devolución de la cafetera de cápsulas (pedido {o}), ¿podría indicarnos el <b>código de error</b> que aparece en la pantalla?</p><p>Lo necesitamos para la reclamación al fabricante.</p><p>Gracias,<br>Atención al cliente ElectroHogar</p>", [],
   "HTML return follow-up asking for information needed for the return.")

_m(7, "invoice", "text", "Factura del pedido {o}",
   "Estimados señores:\n\nAdjuntamos la factura n.º FV/2026/01187 correspondiente al pedido de Amazon {o}, emitida a nombre de su empresa.\n\nBase imponible: 180,00 €\nIVA 21 %: 37,80 €\nTotal factura: 217,80 €\n\nAtentamente,\n\nDepartamento de Administración\nSuministros Oficina Levante, S.L.\nC/ Colón, 28, 3.º B - 46004 Valencia\nCIF B98765432 - Inscrita en el Registro Mercantil de Valencia, Tomo 9876, Folio 45, Hoja V-123456", [],
   "Invoice with CIF, mercantile register data and a slash-separated invoice number.")

_m(8, "review-request", "text", "¿Qué tal con tu pedido {o}?",
   "Hola, Pablo:\n\nHace unos días que tienes tus zapatillas de running. Cuando las hayas probado un poco, nos vendría muy bien que dejaras una opinión en Amazon, sea la que sea: ayuda a otros corredores a decidirse.\n\nGracias de antemano,\nNacho - Runners Madrid", [],
   "Neutral plain-text review request.")

_m(9, "review-request", "html", "Su opinión sobre el pedido {o}",
   "<p><img src=\"https://cdn.conservas-ria-arousa.es/img/logo-conservas-ria-arousa.png\" alt=\"Logo Conservas Ría de Arousa\" width=\"170\"></p><p>Estimada Sra. Castro:</p><p>Esperamos que las latas de mejillones de su pedido {o} llegaran en perfecto estado. Si dispone de un momento, puede contar su experiencia, sea cual sea, en <a href=\"https://www.amazon.es/review/create-review\">la página de opiniones de su pedido en Amazon</a>.</p><p>Un saludo cordial,<br>Conservas Ría de Arousa<br><small>Vilanova de Arousa, Pontevedra</small></p>", [],
   "HTML review request with shop logo (alt names shop) and a descriptive https Amazon link.")

_m(10, "delivery-scheduling", "text", "Entrega del sofá - pedido {o}",
   "Buenos días, Sr. Ortega:\n\nPara la entrega con subida a domicilio del sofá cama (pedido {o}), nuestra agencia de transporte tiene disponibles estas franjas:\n\n- martes 15 de diciembre, de 9:00 a 13:00\n- jueves 17 de diciembre, de 15:00 a 19:00\n- sábado 19 de diciembre, de 9:00 a 14:00\n\nIndíquenos cuál le viene mejor y si el edificio tiene ascensor.\n\nSaludos,\nMuebles Descanso Toledo", [],
   "Delivery scheduling for a bulky item with time slots.")

_m(11, "home-service-appointment", "text", "Cita de instalación - pedido {o}",
   "Hola:\n\nSobre el servicio de instalación del termo eléctrico que contrataste con el pedido {o}, el técnico puede pasar:\n\nel miércoles 16/12 entre las 8:00 y las 11:00,\no el viernes 18/12 entre las 16:00 y las 19:00.\n\n¿Qué día te viene mejor? Recuerda dejar libre el acceso a la llave de paso.\n\nGracias,\nInstalaciones Termo Rápido Zaragoza", [],
   "Home-service appointment with two time slots.")

_m(12, "custom-design-verification", "text", "Prueba de diseño - pedido {o}",
   "Hola, Irene:\n\nTe adjuntamos la prueba de diseño de las invitaciones de comunión (pedido {o}).\n\nRevisa con calma el nombre, la fecha (domingo 9 de mayo de 2027) y la dirección de la parroquia. Si todo está bien, respóndenos \"OK\" e imprimimos las 60 unidades; si hay que cambiar algo, dínoslo aquí y te mandamos otra prueba en 24 horas.\n\nUn abrazo,\nPapelería Creativa Lola", [],
   "Custom design proof to verify.")

_m(13, "fulfillment-question", "text", "Código del portal para la entrega {o}",
   "Buenos días:\n\nLa dirección del pedido {o} corresponde a una urbanización con portal de acceso por código (bloque 3). Para que nuestro repartidor pueda llegar hasta su puerta el día de la entrega, ¿podría facilitarnos el código del portal o el número del videoportero?\n\nRef. de entrega: ENT-2026-55812\nRef. de expediente: EXP/2290\n\nGracias,\nViveros El Olivar", [],
   "Fulfillment question about an access code with reference numbers.")

_m(14, "reply", "text", "Re: consulta sobre el pedido {o}",
   "Hola, Sr. Molina:\n\nSí, el juego \"Catan: Seafarers\" que ha pedido (pedido {o}) es la edición en castellano: reglamento, cartas y caja vienen traducidos, aunque el nombre de la expansión se mantiene en inglés en la portada.\n\n¡Que lo disfrute!\nLa Tienda del Dado", [],
   "Reply quoting an English product title inside Spanish sentences.")

_m(15, "reply", "text", "Re: la batidora no funciona - {o}",
   "Buenas tardes:\n\nSentimos mucho el problema con la batidora de vaso del pedido {o}.\n\nEl aparato tiene 3 años de garantía del fabricante. Para la reparación, lo más rápido es contactar directamente con su servicio técnico:\nTeléfono de garantía del fabricante Mixtral: 900 123 456 (de lunes a viernes, de 9:00 a 18:00)\n\nSi necesita una copia de la factura para la garantía, pídanosla aquí.\n\nUn saludo,\nElectrodomésticos Vidal", [],
   "Reply with the manufacturer's warranty phone number marked as such.")

_m(16, "reply", "text", "Re: datos de facturación - {o}",
   "Estimado Sr. Gil:\n\nPor supuesto, podemos emitir la factura del pedido {o} a nombre de su empresa. Indíquenos en la respuesta la razón social, el NIF y la dirección fiscal.\n\nReciba un cordial saludo,\n\nRocío Delgado\nResponsable de Atención al Cliente\nTextiles Albaicín, S.L.\nC/ Reyes Católicos, 14 - 18009 Granada\nCIF B18765432 - Registro Mercantil de Granada, Tomo 1523, Folio 88, Hoja GR-45120", [],
   "Reply with a company-details footer.")

_m(17, "reply", "text", "Re: reembolso de la devolución - {o}",
   "Hola:\n\nTu paquete de devolución (seguimiento Correos PQ4B7C0412345670108001N, autorización de devolución DEV-26-0871) entró en nuestro almacén el 2 de diciembre a las 12:35.\n\nEl 3 de diciembre ordenamos el reembolso de 49,99 € del pedido {o}; según tu banco, puede tardar de 3 a 5 días hábiles en aparecer.\n\nBuen día,\nSara - Calzados Menorquinas Ciutadella", [],
   "Reply with return tracking and authorisation numbers, dates, times and amounts.")

# ---------------------------------------------------------------- violations
_m(18, "delivery-delay", "text", "¡Tu pedido {o} ya va de camino!",
   "¡Hola!\n\nTu pedido {o} ha salido esta mañana de nuestro almacén de Getafe y ya se lo hemos entregado a SEUR. Te llegará en 24-48 horas.\n\nUn saludo,\nEl equipo de Jamones Dehesa", ["BSM201"],
   "Shipment confirmation: left the warehouse and handed to the carrier.")

_m(19, "additional-information", "text", "Pedido {o}",
   "Estimado cliente:\n\nLe confirmamos que hemos recibido correctamente su pedido {o} y que ya lo estamos preparando en nuestro almacén.\n\nAtentamente,\nFerretería Industrial Bilbao", ["BSM201"],
   "Order confirmation: received and being prepared.")

_m(20, "reply", "text", "¡Gracias! - {o}",
   "¡Mil gracias por confiar en nuestra pequeña tienda! Pedido {o}.\n\nUn abrazo de todo el equipo de Cerámica Talavera Viva", ["BSM202"],
   "Thanks only.")

_m(21, "additional-information", "text", "Pedido {o}",
   "Buenas:\n\nSi te surge cualquier cosa con el pedido {o}, aquí estamos para lo que necesites.\n\nSaludos,\nHerbolario Romero", ["BSM202"],
   "Only an offer to help if anything comes up.")

_m(22, "delivery-delay", "text", "Pedido {o}: nueva fecha",
   "Estimado Sr. Cano:\n\nEl abrigo de paño de su pedido {o} se enviará el 16 de diciembre en vez del 12. Disculpe el retraso.\n\nAtentamente,\nSastrería Cano & Hijos\n\nP. D.: Hasta fin de mes tiene un 20 % de descuento en toda la tienda con el código INVIERNO20.", ["BSM203"],
   "P.S. with 20 % off the whole range.")

_m(23, "review-request", "text", "Pedido {o}: tu opinión",
   "¡Hola!\n\nSi te apetece, déjanos una opinión en Amazon sobre la lámpara que recibiste (pedido {o}).\n\nY no te pierdas nada: síguenos en Instagram y apúntate a nuestra newsletter, ¡en enero llega la nueva colección de lámparas de mimbre!\n\nMimbre & Luz", ["BSM203"],
   "Follow us, newsletter and new collection.")

_m(24, "review-request", "text", "Un detalle para ti - pedido {o}",
   "Hola, Carmen:\n\nEn cuanto tu opinión sobre el set de tazas (pedido {o}) esté publicada en Amazon, escríbenos: te tenemos preparado un pequeño obsequio como agradecimiento.\n\nUn saludo,\nTazas con Arte", ["BSM204"],
   "Small gift once the review is published.")

_m(25, "review-request", "text", "Propuesta - pedido {o}",
   "Buenos días:\n\nLe proponemos lo siguiente: deje una opinión sobre la funda del asiento (pedido {o}) y, en cuanto esté visible en Amazon, le devolvemos el importe íntegro de la compra.\n\nSaludos,\nAccesorios Motor Express", ["BSM204"],
   "Full refund once the review is online.")

_m(26, "reply", "text", "Re: su valoración - pedido {o}",
   "Estimado Sr. Prieto:\n\nNos alegra que el cargador de repuesto le funcione bien. Ahora que el problema está resuelto, ¿sería tan amable de cambiar o eliminar la valoración de una estrella que dejó en el pedido {o}?\n\nMuchas gracias,\nMóvilTotal", ["BSM205"],
   "Asks to change or remove a one-star rating.")

_m(27, "review-request", "text", "¿Contento con tu compra? - pedido {o}",
   "¡Hola!\n\n¿Te ha gustado la funda? Pues déjanos una reseña en Amazon (pedido {o}).\n\nSi algo no te ha convencido, mejor no escribas la reseña y cuéntanoslo antes a nosotros: lo arreglamos enseguida.\n\nFundasYa", ["BSM206"],
   "Review only if satisfied; unhappy buyers steered to the seller.")

_m(28, "review-request", "html", "Su opinión sobre el pedido {o}",
   "<p>Estimada Sra. Herrera:</p><p>Gracias por elegir nuestras velas aromáticas (pedido {o}).</p><p>Nos ayudaría muchísimo una valoración de <b>cinco estrellas</b> en <a href=\"https://www.amazon.es/review/create-review\">la página de opiniones de su pedido en Amazon</a>.</p><p>Velas del Sur</p>", ["BSM206"],
   "Asks for a five-star rating.")

_m(29, "order-problem", "text", "Pedido {o}: producto agotado",
   "Buenos días:\n\nLa silla de escritorio del pedido {o} se ha agotado y el fabricante no la va a reponer. Ya hemos ajustado el importe del pedido por falta de existencias.\n\nPara cerrar el tema cuanto antes, lo más rápido es que solicite usted mismo la cancelación desde \"Mis pedidos\".\n\nUn saludo,\nOficina Confort", ["BSM108"],
   "Advises the buyer to cancel themselves because stock ran out (amount adjusted).")

_m(30, "order-problem", "text", "Pedido {o}",
   "Estimado cliente:\n\nLamentamos informarle de que la freidora de aire solicitada ({o}) está agotada en nuestro proveedor.\n\nLe agradeceríamos que nos enviara una solicitud de cancelación desde su cuenta de Amazon.\n\nAtentamente,\nHogar Práctico", ["BSM107", "BSM108"],
   "Asks for a cancellation request without confirming the adjustment.")

_m(31, "delivery-delay", "text", "Pedido {o}: retraso",
   "Hola:\n\nLas sábanas de lino (pedido {o}) saldrán el 17 de diciembre en lugar del 13. Gracias por tu paciencia.\n\nLencería Hogar Segovia\n\nSi no quieres recibir más mensajes nuestros, responde BAJA.", ["BSM305"],
   "Opt-out instruction by reply keyword.")

_m(32, "delivery-delay", "text", "Pedido {o}: lío con el proveedor",
   "Hola:\n\nTe cuento: el puto proveedor nos ha mandado otra vez las piezas equivocadas para tu bici (pedido {o}), joder. No saldrá antes del 21 de diciembre.\n\nPerdona el follón,\nDani - Taller Ciclos Norte", ["BSM306"],
   "Spanish profanity in a delay notice.")

_m(33, "delivery-delay", "text", "Encomenda {o} - atraso no envio",
   "Olá,\n\ninfelizmente a cafeteira da sua encomenda {o} só será enviada no dia 16 de dezembro, em vez de 11 de dezembro. Pedimos desculpa pelo incómodo.\n\nCumprimentos,\nCafés Galicia", ["BSM104"],
   "Whole message in Portuguese to an es-ES buyer.")

_m(34, "reply", "text", "Re: talla del abrigo - {o}",
   "Hola:\n\nPara el cambio de talla del abrigo (pedido {o}) llámame al móvil, 612 345 678, y lo solucionamos en un momento.\n\nUn saludo,\nPilar - Moda Bilbao", ["BSM309"],
   "Mobile number in national format.")

_m(35, "additional-information", "text", "Pedido {o}: dirección incompleta",
   "Buenos días:\n\nEn la dirección de entrega del pedido {o} falta el número del portal. Puede contestarnos aquí o llamar a nuestro servicio de atención al cliente al +34 915 234 876.\n\nGracias,\nDistribuciones Centro", ["BSM309"],
   "Phone number in international format.")

_m(36, "reply", "text", "Re: fotos del defecto - {o}",
   "Buenas:\n\nLas fotos del desperfecto (pedido {o}) mándalas a postventa@vidriosdelanjaron.es, que así las vemos mejor.\n\nGracias,\nVidrios de Lanjarón", ["BSM308"],
   "Plain e-mail address.")

_m(37, "return-follow-up", "text", "Devolución pedido {o}",
   "Buenos días:\n\nPara terminar la devolución (pedido {o}), envíenos por favor una foto del número de lote del envase a devoluciones arroba despensa-riojana punto es.\n\nGracias,\nLa Despensa Riojana", ["BSM308"],
   "Obfuscated e-mail address (arroba / punto).")

_m(38, "reply", "html", "Re: cuidado de la sartén - {o}",
   "<p>Hola:</p><p>Para curar y mantener la sartén de hierro (pedido {o}) tienes todos los pasos en <a href=\"https://www.forjasdeltajo.es/guia-curado-hierro\">nuestra guía de curado del hierro fundido</a>.</p><p>Saludos,<br>Forjas del Tajo</p>", ["BSM302"],
   "Descriptive https link to the seller's site.")

_m(39, "review-request", "html", "Su opinión - pedido {o}",
   "<p>Buenos días:</p><p>Si quiere compartir su experiencia con las herramientas de jardín (pedido {o}), puede hacerlo en <a href=\"http://www.amazon.es/review/create-review\">la página de opiniones de su pedido en Amazon</a>.</p><p>Gracias,<br>Jardín Fácil</p>", ["BSM301"],
   "Insecure http link to Amazon with descriptive text.")

_m(40, "reply", "html", "Re: color del jarrón - {o}",
   "<p>Hola, Sr. Medina:</p><p>Le enviamos una foto del jarrón de su pedido {o}. El azul es exactamente ese, algo más claro con luz natural.</p><p><img src=\"https://img.ceramicamanises.es/catalogo/jarron-azul-cobalto-manises.jpg\" alt=\"Jarrón azul cobalto de Manises\" width=\"300\"></p><p>Cerámica Manises</p>", ["BSM310"],
   "Photo of the purchased product.")

_m(41, "delivery-delay", "html", "Cierre por vacaciones - pedido {o}",
   "<p>Hola:</p><p>El taller cierra del 24 de diciembre al 7 de enero, así que el pedido {o} saldrá el 8 de enero.</p><p><img src=\"https://images.stock-example.com/palmeras-playa-caribe.jpg\" alt=\"Palmeras en una playa del Caribe\" width=\"400\"></p><p>¡Felices fiestas!<br>Cuero Ubrique Artesanos</p>", ["BSM311"],
   "Unrelated stock image (a beach).")

_m(42, "review-request", "html", "Pedido {o}: su opinión",
   "<p><img src=\"https://static.aceites-sierra-cazorla.es/logo-aceites-sierra-cazorla.png\" alt=\"\" width=\"150\"></p><p>Buenos días:</p><p>Recibió su aceite de oliva (pedido {o}) hace unos días. Si le apetece, puede dejar su opinión en <a href=\"https://www.amazon.es/review/create-review\">la página de opiniones de su pedido en Amazon</a>.</p><p>Aceites Sierra de Cazorla</p>", ["BSM402"],
   "Shop logo with an empty alt attribute.")

_m(43, "delivery-delay", "text", "Pedido {o}: un par de días más",
   "¡Hola!\n\nEl colgante grabado (pedido {o}) sale el 15 de diciembre, con dos días de retraso: con la Navidad vamos a tope 🙈 ¡Gracias por la paciencia!\n\nNuria - Plata Fina", ["BSM403"],
   "Emoji in a delay notice.")

_m(44, "additional-information", "text", "Pedido {o}: nombre para bordar",
   "Hola:\n\nPara el albornoz bordado del pedido {o}, ¿nos confirmas que el nombre es \"Inés\" con tilde? :)\n\nGracias,\nBordados Candela", ["BSM403"],
   "Emoticon :) in an information request.")

_m(45, "delivery-delay", "html", "Retraso del pedido {o}",
   "<style>h1{font-size:25px} h2{font-size:19px} .cuerpo{font-size:15px} .pie{font-size:11px}</style><h1>Envío aplazado</h1><h2>Pedido {o}</h2><p class=\"cuerpo\">Su reloj de pared saldrá el 18 de diciembre en lugar del 12. Disculpe la espera.</p><p class=\"pie\">Relojería Sol</p>", ["BSM410"],
   "Style block with four explicit font sizes.")

_m(46, "delivery-delay", "html", "Pedido {o}: nueva fecha de envío",
   "<p>Buenos días:</p><p>La batería de cocina (pedido {o}) se enviará el 16/12 en lugar del 12/12.</p><p></p><p></p><p>Disculpe las molestias.</p><p>Cocina Total</p>", ["BSM412"],
   "Empty paragraphs between paragraphs in HTML.")

_m(47, "return-follow-up", "text", "[Importante] Devolución pedido {o}",
   "Hola:\n\nPara completar la devolución del robot aspirador (pedido {o}), ¿podrías decirnos si incluyes la base de carga en el paquete?\n\nGracias,\nRobótica Hogar", ["BSM110"],
   "[Importante] tag on a return follow-up.")

_m(48, "review-request", "html", "Su opinión sobre el pedido {o}",
   "<p>Hola:</p><p>Si quiere dejar una opinión sobre la mochila (pedido {o}), hágalo <a href=\"https://www.amazon.es/review/create-review\">aquí</a>.</p><p>Gracias,<br>Mochilas Pirineo</p>", ["BSM401"],
   "Non-descriptive link text \"aquí\".")

# ------------------------------------------------------------ variants (2)
_m(49, "custom-design-verification", "html", "Prueba de diseño - pedido {o}",
   "<p>Hola:</p><p>Te adjuntamos la prueba de la taza personalizada (pedido {o}). Elige la tipografía para el nombre:</p><form><input type=\"radio\" name=\"tipografia\" value=\"clasica\"> Clásica<br><input type=\"radio\" name=\"tipografia\" value=\"manuscrita\"> Manuscrita<br><input type=\"submit\" value=\"Enviar\"></form><p>Gracias,<br>Tazas Personalizadas Mar</p>", ["BSM312"],
   "A form inside a design-proof message.")

_m(50, "delivery-delay", "text", "Pedido {o}",
   "Hola, Andrés:\n\nWe are sorry to let you know that the leather wallet in your order {o} will ship on 17 December instead of 12 December, as our supplier is running late. Thank you for your patience.\n\nBest regards,\nMarroquinería Ubrique", ["BSM104"],
   "Greeting in Spanish, body in English.")
