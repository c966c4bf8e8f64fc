# -*- coding: utf-8 -*-
"""v34 evaluation messages, Spanish (es-ES)."""

_R = []


def _m(type_, fmt, subject, body, oid, expected, note, locale="es-ES"):
    _R.append({"type": type_, "format": fmt, "subject": subject.replace("#ORD#", oid),
               "body": body.replace("#ORD#", oid), "order_id": oid,
               "expected": sorted(expected), "note": note, "locale": locale})


# 1 clean delay text
_m("delivery-delay", "text", "Pedido #ORD#: nueva fecha de envío",
   "Hola, Carmen:\n\nTe escribo por tu pedido #ORD#, las alpargatas de esparto cosidas a mano. Con la humedad de estas semanas la suela está tardando más en secar y no quiero mandártelas antes de tiempo. Saldrán del taller el jueves 17 de diciembre y deberían llegarte antes del lunes 21.\n\nPerdona la espera.\n\nUn saludo,\nPaco, Alpargatas La Ribera",
   "656-2085173-4419036", [], "Clean text delivery delay from a one-person workshop.")
# 2 clean delay html
_m("delivery-delay", "html", "Su pedido #ORD# se retrasa unos días",
   "<table width=\"100%\" cellpadding=\"10\" cellspacing=\"0\"><tr><td><p>Estimado/a cliente:</p><p>Le informamos de que el colchón viscoelástico de 150 x 190 cm de su pedido <strong>#ORD#</strong> se fabricará con un retraso de cinco días respecto al plazo indicado en la ficha.</p><ul><li>Fecha prevista de envío: <strong>14/12/2026</strong></li><li>Entrega estimada: <strong>16/12/2026 - 18/12/2026</strong></li></ul><p>Lamentamos las molestias.</p><p>Atentamente,<br>Descanso Levante S.L.</p></td></tr></table>",
   "656-7740392-1856027", [], "Clean builder HTML delay with a list, no styles.")
# 3 clean order problem [Importante]
_m("order-problem", "text", "[Importante] Incidencia con su pedido #ORD#",
   "Buenos días, Sr. Navarro:\n\nEl smartphone reacondicionado de su pedido #ORD# no ha superado nuestra última revisión de batería y no tenemos otra unidad igual, por lo que no podemos enviárselo. Ya hemos ajustado el importe total del pedido en Amazon con el motivo «no se puede enviar»; los 189,00 € le aparecerán reembolsados en su método de pago en unos días.\n\nDisculpe las molestias.\n\nReNuevo Tech",
   "656-5519804-2270613", [], "Clean order problem confirming the amount adjustment, [Importante] allowed.")
# 4 clean additional information
_m("additional-information", "text", "Graduación de sus gafas de lectura - pedido #ORD#",
   "Buenas tardes:\n\nEn su pedido #ORD# de gafas de lectura con montura de acetato no se indicó la graduación. ¿Nos podría decir qué dioptrías necesita (+1,00, +1,50, +2,00, +2,50 o +3,00)? Sin ese dato no podemos montar las lentes.\n\nQuedamos a la espera de su respuesta.\n\nÓptica Miravista",
   "656-3067218-9943371", [], "Clean request for information needed to complete the order.")
# 5 clean partial refund
_m("return-follow-up", "text", "Devolución del pedido #ORD#",
   "Hola, Marta:\n\nHemos leído que la funda de tu tableta llegó en un tono de azul más claro que el de la foto (pedido #ORD#). Si te apaña quedártela, te proponemos un reembolso parcial de 6 € y así te ahorras el envío de vuelta. Si prefieres devolverla, también es posible.\n\nDinos qué opción eliges.\n\nSaludos,\nFundas Mediterráneo",
   "656-8321460-5507894", [], "Clean return follow-up offering a partial refund.")
# 6 clean return question
_m("return-follow-up", "text", "Pedido #ORD#: datos para tramitar la devolución",
   "Buenos días:\n\nPara completar la devolución del patinete eléctrico de su pedido #ORD# necesitamos dos datos: los kilómetros que marca el contador en la pantalla y si devuelve también el cargador original. Con ello preparamos la recogida adecuada.\n\nGracias,\nUrban Move Sevilla",
   "656-1192587-3368240", [], "Clean return follow-up asking information needed for the return.")
# 7 clean invoice
_m("invoice", "text", "Factura de su pedido #ORD#",
   "Estimado cliente:\n\nAdjuntamos la factura n.º 2026/A/0712 correspondiente a su pedido #ORD# (juego de sartenes de aluminio forjado, 79,95 € IVA incluido; base imponible 66,07 €, IVA 21 % 13,88 €).\n\nAtentamente,\n\nMenaje Cantábrico, S.L.\nCIF B39874512\nPolígono Industrial Raos, parcela 14, 39011 Santander (Cantabria)\nInscrita en el Registro Mercantil de Cantabria, tomo 1043, folio 87, hoja S-22915",
   "656-4476031-8812659", [], "Clean invoice with CIF, registry data and slashed invoice number.")
# 8 clean review text
_m("review-request", "text", "¿Qué le pareció su pedido #ORD#?",
   "Buenos días:\n\nHace unos días recibió el jamón ibérico loncheado a cuchillo de su pedido #ORD#. Si le apetece, puede dejar una opinión sobre el producto en Amazon desde el apartado Mis pedidos. Nos sirve cualquier comentario, sea bueno o no tanto.\n\nUn cordial saludo,\nIbéricos Sierra de Jabugo",
   "656-6603948-2147785", [], "Clean neutral review request in plain text.")
# 9 clean review html with logo
_m("review-request", "html", "Su opinión sobre el pedido #ORD#",
   "<p><img src=\"https://static.olivaybruma-cosmetica.es/marca/oliva-y-bruma-logo.png\" alt=\"Oliva y Bruma Cosmética Natural\" width=\"170\" height=\"56\"></p><p>Hola:</p><p>Hace una semana te llegó la crema hidratante de aloe de tu pedido #ORD#. Si quieres contar tu experiencia a otros compradores, puedes hacerlo aquí abajo.</p><p><a href=\"https://www.amazon.es/review/create-review?asin=B0CM3RT8VP\">Escribir una opinión sobre la crema en Amazon.es</a></p><p>Un saludo,<br>Oliva y Bruma</p>",
   "656-9258716-6031402", [], "Clean HTML review request with shop logo and descriptive Amazon link.")
# 10 clean delivery scheduling
_m("delivery-scheduling", "text", "Entrega de su mesa de comedor - pedido #ORD#",
   "Buenas tardes, Sra. Ortega:\n\nLa mesa de roble macizo de su pedido #ORD# (2,20 m, 96 kg) la entregará nuestro equipo de dos personas, que la dejará montada. Tenemos disponibles estos tramos:\n\n- martes 15 de diciembre, de 9:00 a 13:00\n- miércoles 16 de diciembre, de 16:00 a 20:00\n- sábado 19 de diciembre, de 10:00 a 14:00\n\n¿Cuál le viene mejor? Indíquenos también si el edificio tiene ascensor.\n\nUn saludo,\nMuebles Castilla Roble",
   "656-3710584-7724168", [], "Clean delivery scheduling for a heavy table with time slots.")
# 11 clean home service
_m("home-service-appointment", "text", "Cita para instalar su termo eléctrico (pedido #ORD#)",
   "Hola:\n\nCon su pedido #ORD# contrató la instalación del termo eléctrico de 80 litros. Nuestro técnico puede ir el lunes 14 de diciembre a las 9:30 o el jueves 17 de diciembre a las 16:00. La instalación dura unas dos horas y hace falta cortar el agua durante ese tiempo.\n\nConfírmenos qué día prefiere, por favor.\n\nSaludos,\nInstalaciones Turia",
   "656-7065342-1198573", [], "Clean home-service appointment with proposed times.")
# 12 clean design proof
_m("custom-design-verification", "text", "Prueba de diseño de su taza - pedido #ORD#",
   "Hola, Javier:\n\nTe adjunto la prueba de diseño (taza_abuelos_prueba1.pdf) de la taza personalizada de tu pedido #ORD#, con la foto y el texto «Los mejores abuelos del mundo». Revisa que la foto esté bien encuadrada y que el texto esté como lo querías.\n\nSi das el visto bueno, la imprimimos mañana; si quieres algún cambio, dímelo y te mando otra prueba.\n\nUn abrazo,\nLucía, Tazas con Alma",
   "656-2849903-5569117", [], "Clean custom design proof attached for approval.")
# 13 clean door access
_m("fulfillment-question", "text", "Acceso para la entrega del pedido #ORD#",
   "Buenos días:\n\nEl repartidor no pudo entregar su pedido #ORD# (expedición 2026-MAD-55821, intento del 04/12 a las 12:40) porque en la urbanización hay control de acceso. ¿Podría indicarnos el portal, el piso y la letra, y si hay que dejar aviso en la garita o un código de acceso? Solo lo facilitaremos a la empresa de transporte para esta entrega.\n\nGracias,\nJardín y Terraza Online",
   "656-5932670-4480315", [], "Clean request for access details with reference numbers.")
# 14 clean reply with English title
_m("reply", "text", "RE: Idioma del libro - pedido #ORD#",
   "Hola, Elena:\n\nEl libro de tu pedido #ORD#, «The Very Hungry Caterpillar», es la edición bilingüe: cada página trae el texto en inglés arriba y en español abajo, así que sirve tanto para leérselo en casa como para practicar inglés.\n\nSaludos,\nLibrería El Cuento Gordo",
   "656-1368025-9077448", [], "Clean reply quoting an English book title.")
# 15 clean manufacturer hotline
_m("reply", "text", "RE: Fallo de la batería de la bicicleta - pedido #ORD#",
   "Buenos días, Sr. Gil:\n\nLa bicicleta eléctrica de su pedido #ORD# tiene dos años de garantía del fabricante, que cubre la batería. Para tramitarla, llame al servicio técnico oficial del fabricante, teléfono de garantía 900 834 117 (de lunes a viernes, de 9:00 a 19:00), y tenga a mano el número de serie del cuadro.\n\nUn saludo,\nBiciMotor Zaragoza",
   "656-8184157-3325690", [], "Clean reply with the manufacturer's warranty phone number marked as such.")
# 16 clean reply company footer
_m("reply", "text", "RE: Conservas del pedido #ORD#",
   "Buenas tardes:\n\nLas latas de mejillones en escabeche de su pedido #ORD# se conservan a temperatura ambiente hasta la fecha de consumo preferente, que va impresa en la base (diciembre de 2030). Una vez abiertas, páselas a un recipiente de cristal y consúmalas en dos o tres días.\n\nUn saludo,\nMaría José\n\n--\nConservas Ría de Arousa, S.L.\nRúa do Porto 12, 36600 Vilagarcía de Arousa (Pontevedra)\nCIF B36421879\nHorario de atención: lunes a viernes, 8:30 a 14:30",
   "656-4095271-6652308", [], "Clean reply with company-details footer.")
# 17 clean reply with numbers
_m("reply", "text", "RE: Reembolso del pedido #ORD#",
   "Hola, Sr. Prieto:\n\nSu devolución (autorización DEV-88314) llegó a nuestro almacén el 1 de diciembre a las 9:20. El 2 de diciembre tramitamos el reembolso de 54,90 € del pedido #ORD#; según su banco, puede tardar entre 3 y 5 días hábiles en verlo en la cuenta.\n\nAtentamente,\nDeportes Cierzo - atención al cliente",
   "656-6728430-1184927", [], "Clean reply with return number, dates, time and amount.")
# 18 BSM201
_m("fulfillment-question", "text", "Su pedido #ORD# ya va de camino",
   "Buenos días:\n\nLe confirmamos que su lámpara de pie de ratán (pedido #ORD#) salió ayer de nuestro almacén de Alicante y ya está en manos de la agencia de transporte. La recibirá en 24-48 horas.\n\nUn saludo,\nRatán y Fibra",
   "656-2514869-7703452", ["BSM201"], "Shipping confirmation: left the warehouse, with the carrier.")
# 19 BSM201
_m("fulfillment-question", "html", "Hemos recibido su pedido #ORD#",
   "<p>Hola:</p><p>Su pedido <strong>#ORD#</strong> ha entrado correctamente en nuestro sistema y ya lo estamos preparando en el almacén para que salga cuanto antes.</p><p>Saludos,<br>Papelería Escolar Ramos</p>",
   "656-9471305-2296184", ["BSM201"], "Order confirmation: received and being prepared.")
# 20 BSM202
_m("fulfillment-question", "text", "¡Gracias por su compra! Pedido #ORD#",
   "Estimada clienta:\n\nQueremos darle las gracias de todo corazón por confiar en nuestra pequeña tienda familiar para su pedido #ORD#. Para nosotros es muy importante.\n\n¡Muchísimas gracias!\nLa familia Soler - Turrones Artesanos de Jijona",
   "656-7158024-8837619", ["BSM202"], "Thanks-only message.")
# 21 BSM202
_m("fulfillment-question", "text", "Pedido #ORD#",
   "Buenas tardes:\n\nSolo queríamos recordarle que, si surge cualquier incidencia con el taladro de su pedido #ORD#, estamos aquí para ayudarle. No dude en escribirnos por la mensajería de Amazon.\n\nAtentamente,\nFerretería Industrial Gómez",
   "656-3325748-5561093", ["BSM202"], "Only says the seller is there if something comes up.")
# 22 BSM203 P.S. 20%
_m("additional-information", "text", "Pedido #ORD#: talla del disfraz",
   "Hola:\n\nEn el pedido #ORD# ha elegido el disfraz de dinosaurio, pero no ha indicado la talla infantil. ¿Es para 3-4, 5-6 o 7-8 años?\n\nGracias,\nDisfraces Carnaval Tenerife\n\nP. D.: Hasta el domingo tiene un 20 % de descuento en todo nuestro catálogo. ¡Aproveche para los Reyes!",
   "656-8603197-4420546", ["BSM203"], "Permitted question with a 20 % discount P.S.")
# 23 BSM203 follow us / new collection
_m("delivery-delay", "html", "Retraso en el envío del pedido #ORD#",
   "<p>Hola:</p><p>El bolso de piel de su pedido #ORD# saldrá el 15 de diciembre, tres días más tarde de lo previsto, porque estamos esperando los herrajes.</p><p>Disculpe las molestias,<br>Marroquinería Ubrique</p><p>Síganos en Instagram y TikTok (@marroquineriaubrique) para ver antes que nadie nuestra nueva colección de primavera, y apúntese a nuestro boletín de novedades.</p>",
   "656-1640532-9918847", ["BSM203"], "Delay with a follow-us, new collection and newsletter block.")
# 24 BSM204 gift card
_m("review-request", "text", "Su opinión sobre el pedido #ORD#",
   "Buenos días:\n\nEsperamos que disfrute de su robot de cocina. Si deja una reseña en Amazon sobre el pedido #ORD#, mándenos una captura cuando esté publicada y le enviaremos, como detalle de agradecimiento, una tarjeta regalo de 10 €.\n\nSaludos,\nCocina Fácil Store",
   "656-4783916-3350271", ["BSM204"], "Gift card offered once the review is published.")
# 25 BSM204 full refund
_m("review-request", "html", "Una propuesta sobre su pedido #ORD#",
   "<p>Hola, Andrés:</p><p>Estamos lanzando nuestros auriculares deportivos y necesitamos las primeras opiniones. Si publicas tu valoración en Amazon del pedido #ORD#, te devolvemos el importe completo en cuanto la veamos en línea.</p><p>Un saludo,<br>SoundRun</p>",
   "656-6097253-8826134", ["BSM204"], "Full refund offered once the review is online.")
# 26 BSM205
_m("reply", "text", "RE: Su valoración del pedido #ORD#",
   "Buenas tardes, Sra. Castro:\n\nYa le hemos cambiado la cafetera defectuosa del pedido #ORD# por una nueva, y nos alegra saber que funciona bien. Le pedimos, por favor, que revise la reseña de una estrella que dejó: si pudiera subirla o quitarla, nos haría un gran favor, porque nos está hundiendo las ventas.\n\nGracias de antemano,\nCafés del Sur",
   "656-9816740-1173059", ["BSM205"], "Asks to change or remove a one-star review.")
# 27 BSM206 only if satisfied
_m("review-request", "text", "Pedido #ORD#: ¿todo bien?",
   "Hola:\n\nSi está contento con el set de herramientas de su pedido #ORD#, le agradeceríamos una opinión positiva en Amazon. Y si algo no le ha gustado, escríbanos primero a nosotros antes de dejar ninguna reseña, que seguro que lo arreglamos.\n\nSaludos,\nHerramientas Vizcaya",
   "656-2293584-6640728", ["BSM206"], "Review only from happy buyers; unhappy ones steered to the seller.")
# 28 BSM206 five stars
_m("review-request", "html", "Pedido #ORD#",
   "<p>Hola, Nuria:</p><p>¿Qué tal la lámpara de sal del Himalaya? Si puedes, nos encantaría que la valoraras con cinco estrellas en Amazon (pedido #ORD#). Para una tienda pequeña como la nuestra es muy importante.</p><p>Gracias,<br>Sal y Luz</p>",
   "656-5670418-3391826", ["BSM206"], "Asks for a five-star rating.")
# 29 BSM108
_m("order-problem", "text", "Pedido #ORD#: artículo agotado",
   "Buenos días:\n\nLamentamos comunicarle que la cuna de madera de su pedido #ORD# se ha agotado y no podremos enviarla. Ya hemos ajustado el importe del pedido en Amazon por falta de existencias. Lo más rápido para cerrarlo es que usted mismo solicite la cancelación desde Mis pedidos.\n\nDisculpe las molestias,\nBebé Natura",
   "656-8052739-2217460", ["BSM108"], "Advises the buyer to cancel because of a stock-out.")
# 30 BSM108 + BSM107
_m("order-problem", "text", "Problema con su pedido #ORD#",
   "Hola:\n\nSentimos decirle que nos hemos quedado sin existencias de la mochila de senderismo de 40 litros de su pedido #ORD#. Le agradeceríamos mucho que enviara una solicitud de cancelación a través de Amazon para poder cerrar el pedido.\n\nUn saludo,\nPirineo Outdoor",
   "656-3486102-7759314", ["BSM107", "BSM108"], "Asks for a cancellation request; no adjustment confirmed.")
# 31 BSM305
_m("delivery-scheduling", "text", "Entrega del sofá - pedido #ORD#",
   "Buenos días:\n\nEl sofá chaise longue de su pedido #ORD# se entregará con cita previa. Podemos ir el lunes 14 de 9:00 a 14:00 o el miércoles 16 de 15:00 a 20:00. Díganos qué franja prefiere.\n\nSofás Valencia Confort\n\nSi no desea recibir más mensajes nuestros, responda BAJA a este correo.",
   "656-7903815-4426671", ["BSM305"], "Opt-out instruction (reply BAJA).")
# 32 BSM306
_m("delivery-delay", "text", "Retraso del pedido #ORD#",
   "Hola:\n\nTu pedido #ORD# (la freidora de aire) va con retraso porque los gilipollas del proveedor nos han vuelto a mandar la mercancía a otra provincia, joder. Calculamos que podremos enviarlo el 16 de diciembre.\n\nPerdona,\nElectro Ahorro Murcia",
   "656-1752946-8803137", ["BSM306"], "Delay message with Spanish profanity.")
# 33 BSM104 Portuguese
_m("additional-information", "text", "Encomenda #ORD# - morada de entrega",
   "Olá,\n\nObrigado pela sua encomenda #ORD#. O código postal indicado na morada não corresponde à localidade. Pode confirmar-nos o código postal correto para podermos enviar a encomenda?\n\nCumprimentos,\nAzulejos do Norte",
   "656-4608371-5514892", ["BSM104"], "Whole message in Portuguese to a Spanish buyer.")
# 34 BSM309 national
_m("return-follow-up", "text", "Devolución del pedido #ORD#",
   "Buenas tardes:\n\nPara completar la devolución del microondas de su pedido #ORD#, necesitamos saber si conserva la caja original. Si le resulta más cómodo, llámenos al 963 418 207 y lo vemos por teléfono.\n\nUn saludo,\nElectrodomésticos Turia",
   "656-9325604-1138726", ["BSM309"], "Seller's phone number in national format.")
# 35 BSM309 international
_m("home-service-appointment", "html", "Montaje del armario - pedido #ORD#",
   "<p>Hola:</p><p>Nuestro montador puede ir a montar el armario de su pedido #ORD# el viernes 18 de diciembre por la mañana. Si le viene mejor otro día, escríbale directamente por WhatsApp al +34 655 21 87 40.</p><p>Saludos,<br>Montajes Express Madrid</p>",
   "656-2189467-6075243", ["BSM309"], "Mobile phone number in international format.")
# 36 BSM308 plain
_m("invoice", "text", "Factura - pedido #ORD#",
   "Buenos días:\n\nLe adjuntamos la factura 2026-F-1188 del pedido #ORD#. Si necesita una factura a nombre de empresa, envíe sus datos fiscales a facturacion@vinosdelbierzo.es.\n\nAtentamente,\nVinos del Bierzo Selección\nCIF B24581736",
   "656-6241095-9920371", ["BSM308"], "Plain email address in an invoice message.")
# 37 BSM308 arroba
_m("custom-design-verification", "text", "Boceto de su placa para mascota - pedido #ORD#",
   "Hola:\n\nLe adjuntamos el boceto de la placa identificativa para su perro (pedido #ORD#). Si quiere añadir una silueta, mándenos la imagen a diseno arroba placasguau punto com y la incluimos.\n\nGracias,\nPlacas Guau",
   "656-8637201-3349580", ["BSM308"], "Email address obfuscated with 'arroba' and 'punto'.")
# 38 BSM302
_m("reply", "html", "RE: Recetas para la panificadora - pedido #ORD#",
   "<p>Hola, Sergio:</p><p>Para sacarle partido a la panificadora de tu pedido #ORD#, tenemos recetas probadas con ese modelo: <a href=\"https://www.hornoencasa.es/recetas/panificadora-pan-integral\">recetas de pan integral para panificadora en nuestra web</a>.</p><p>Un saludo,<br>Horno en Casa</p>",
   "656-5008364-7781245", ["BSM302"], "Https link to the seller's website.")
# 39 BSM301
_m("return-follow-up", "html", "Pedido #ORD#: devolución de las zapatillas",
   "<p>Buenos días:</p><p>Para terminar la devolución de las zapatillas de su pedido #ORD#, necesitamos saber si las ha usado en exterior. Puede revisar las condiciones en <a href=\"http://www.amazon.es/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7\">la política de devoluciones de Amazon.es</a>.</p><p>Gracias,<br>Calzados Elche Sport</p>",
   "656-3817529-2260914", ["BSM301"], "Insecure http link to Amazon.")
# 40 BSM310
_m("review-request", "html", "Su opinión sobre el pedido #ORD#",
   "<p>Buenos días:</p><p>Ya hace una semana que tiene en casa su cesto de mimbre (pedido #ORD#). Si lo desea, puede dejar una opinión sobre el producto en Amazon.</p><p><img src=\"https://fotos.cesteriaandaluza.es/catalogo/cesto-mimbre-natural-asas.jpg\" alt=\"Cesto de mimbre natural con asas\" width=\"300\" height=\"280\"></p><p>Cestería Andaluza</p>",
   "656-6954018-4405632", ["BSM310"], "Photo of the purchased product.")
# 41 BSM311
_m("additional-information", "html", "Pedido #ORD#: ¿qué color de marco?",
   "<p>Hola:</p><p>En su pedido #ORD# de la lámina enmarcada falta elegir el color del marco: negro, blanco o roble natural. En cuanto nos lo diga, la enmarcamos.</p><p><img src=\"https://banco-imagenes.libres.org/gatito-durmiendo-manta.jpg\" alt=\"Gatito durmiendo en una manta\" width=\"320\" height=\"220\"></p><p>Un saludo,<br>Marcos y Láminas Retiro</p>",
   "656-1429850-8867023", ["BSM311"], "Unrelated stock image (sleeping kitten).")
# 42 BSM402
_m("delivery-delay", "html", "Pedido #ORD# - aviso de retraso",
   "<p><img src=\"https://img.quesosmanchegos-lavega.es/cabecera-quesos-la-vega.png\" width=\"200\" height=\"60\"></p><p>Buenos días:</p><p>El queso manchego curado de su pedido #ORD# saldrá el 11 de diciembre en lugar del 9, porque esperamos a que termine su maduración.</p><p>Quesos La Vega</p>",
   "656-7587340-3312096", ["BSM402"], "Header image with no alt attribute.")
# 43 BSM403 emoji
_m("reply", "text", "RE: ¿Lleva pilas? Pedido #ORD#",
   "¡Hola! 😊\n\nSí, el coche teledirigido de tu pedido #ORD# lleva las pilas del mando incluidas, y la batería del coche viene cargada al 50 %. ¡A disfrutarlo! 🏎️\n\nJuguetes Pepe",
   "656-4160873-5534819", ["BSM403"], "Emoji in a reply.")
# 44 BSM403 emoticon
_m("delivery-scheduling", "text", "Pedido #ORD#: ¿cuándo le llevamos la cinta de correr?",
   "Buenas:\n\nLa cinta de correr de su pedido #ORD# pesa 85 kg y va con entrega concertada. ¿Le va bien el martes 15 por la tarde o el jueves 17 por la mañana? ;)\n\nSaludos <3\nFitness Hogar Málaga",
   "656-8815296-0096453", ["BSM403"], "Text emoticons ;) and <3.")
# 45 BSM410
_m("order-problem", "html", "Pedido #ORD# - no podemos enviarlo",
   "<style>.cab{font-size:30px} .sub{font-size:20px} .txt{font-size:15px} .pie{font-size:11px}</style><div class=\"cab\">Lo sentimos</div><div class=\"sub\">Pedido #ORD#</div><p class=\"txt\">El reloj de pared vintage de su pedido no puede enviarse porque la última unidad llegó rota del proveedor. Hemos ajustado el importe total del pedido en Amazon con el motivo «sin existencias».</p><p class=\"pie\">Relojería Antigua Cádiz</p>",
   "656-2730461-5548170", ["BSM410"], "Four explicit font sizes in a style block.")
# 46 BSM412 empty paragraphs
_m("fulfillment-question", "html", "Pedido #ORD#: horario de recepción",
   "<p>Buenos días:</p><p>Su pedido #ORD# va a una dirección de empresa. ¿Nos indica el horario en que hay alguien en recepción para recoger el paquete?</p><p></p><p></p><p>Gracias,</p><p>&nbsp;</p><p></p><p>Suministros de Oficina Norte</p>",
   "656-5163820-7739185", ["BSM412"], "Empty paragraphs between paragraphs.")
# 47 BSM110 return follow-up
_m("return-follow-up", "text", "[Importante] Devolución del pedido #ORD#",
   "Buenos días:\n\nHemos recibido su solicitud de devolución de la chaqueta del pedido #ORD#. Para completarla, ¿nos podría decir si la etiqueta sigue cosida a la prenda?\n\nUn saludo,\nModa Norte Bilbao",
   "656-9683147-1284059", ["BSM110"], "[Importante] on a non-critical return follow-up.")
# 48 BSM401 bare URL
_m("reply", "html", "RE: Instrucciones del deshumidificador - pedido #ORD#",
   "<p>Hola:</p><p>El manual del deshumidificador de su pedido #ORD# está en la ficha del producto, en la sección de documentos: <a href=\"https://www.amazon.es/dp/B0BZ8KWP4N\">https://www.amazon.es/dp/B0BZ8KWP4N</a></p><p>Saludos,<br>Clima Hogar Asturias</p>",
   "656-3039672-6621508", ["BSM401"], "Bare URL as link text.")
# 49 BSM405 wide padding
_m("delivery-delay", "html", "Su pedido #ORD# saldrá más tarde",
   "<div style=\"padding:0 140px;\"><p>Buenas tardes:</p><p>La guitarra clásica de su pedido #ORD# necesita un último ajuste de trastes en el taller y saldrá el 16 de diciembre, una semana después de lo previsto.</p><p>Gracias por su paciencia,<br>Guitarrería Hermanos Vidal</p></div>",
   "656-6475209-9057381", ["BSM405"], "140 px horizontal padding on the message container.")
# 50 BSM102 unhyphenated order number
_m("delivery-scheduling", "text", "Entrega de su estufa de pellets",
   "Buenos días:\n\nSu estufa de pellets (pedido 65671182403396025) viaja en palé y el transportista necesita concertar la entrega. ¿Le viene bien el martes 15 de diciembre por la mañana o el viernes 18 por la tarde?\n\nUn saludo,\nCalor Verde Galicia",
   "656-7118240-3396025", ["BSM102"], "Order number written without hyphens, so missing.")

MESSAGES = []
for _i, _r in enumerate(_R, 1):
    MESSAGES.append({"id": "v34-es-%03d" % _i, "language": "es", "locale": _r["locale"],
                     "type": _r["type"], "format": _r["format"], "subject": _r["subject"],
                     "body": _r["body"], "order_id": _r["order_id"], "expected": _r["expected"],
                     "note": _r["note"]})
