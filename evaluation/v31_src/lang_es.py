# -*- coding: utf-8 -*-
"""Set v31, Spanish (es): 50 evaluation messages."""

MESSAGES = []


def _m(typ, fmt, subject, body, order_id, expected, note, locale="es-ES"):
    MESSAGES.append({
        "id": "v31-es-%03d" % (len(MESSAGES) + 1),
        "language": "es",
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": subject,
        "body": body,
        "order_id": order_id,
        "expected": sorted(expected),
        "note": note,
    })


# 1 clean: delivery delay, text
_m("delivery-delay", "text",
   "Retraso en el envío del pedido 626-2207145-8836091",
   "Hola, Lucía:\n\n"
   "Te escribimos porque la funda nórdica de tu pedido 626-2207145-8836091 saldrá algo más tarde de lo "
   "previsto. La fábrica de Crevillent nos ha entregado el tejido con una semana de retraso.\n\n"
   "La nueva fecha de envío es el lunes 14 de diciembre.\n\n"
   "Sentimos mucho las molestias.\n\n"
   "Un saludo,\n"
   "Textil Hogar Levante",
   "626-2207145-8836091", [],
   "Clean Spanish delivery delay in plain text.")

# 2 clean: delivery delay, HTML
_m("delivery-delay", "html",
   "Pedido 626-6630582-1047713: nueva fecha",
   "<p>Estimado Sr. Navarro:</p>\n"
   "<p>Le informamos de que el jamón ibérico de bellota de su pedido <strong>626-6630582-1047713</strong> "
   "no podrá enviarse en la fecha indicada, ya que estamos esperando el certificado de la última "
   "partida.</p>\n"
   "<table>\n"
   "<tr><th>Fecha anunciada</th><th>Nueva fecha de envío</th></tr>\n"
   "<tr><td>9/12/2026</td><td>16/12/2026</td></tr>\n"
   "</table>\n"
   "<p>Le pedimos disculpas por la espera.</p>\n"
   "<p>Atentamente,<br>Ibéricos Dehesa de Jabugo</p>",
   "626-6630582-1047713", [],
   "Clean Spanish delivery delay in plain HTML with a table.")

# 3 clean: order problem, [Importante]
_m("order-problem", "text",
   "[Importante] Su pedido 626-9145508-3372260 no puede enviarse",
   "Estimada clienta:\n\n"
   "Lamentamos comunicarle que no podemos enviar la cafetera italiana de su pedido 626-9145508-3372260: "
   "nuestro proveedor ha descatalogado ese modelo y no nos queda ninguna unidad.\n\n"
   "Hemos ajustado el importe total del pedido por falta de existencias, de modo que recibirá el "
   "reembolso de 42,95 € en el mismo método de pago en los próximos días.\n\n"
   "Disculpe las molestias.\n\n"
   "Menaje Casa Ribera",
   "626-9145508-3372260", [],
   "Clean Spanish order problem confirming the adjusted amount, [Importante] allowed on this type.")

# 4 clean: request for information
_m("additional-information", "text",
   "Pedido 626-4481926-7703358: talla del anillo",
   "Hola, Pablo:\n\n"
   "Para fabricar el anillo de plata de tu pedido 626-4481926-7703358 necesitamos la talla exacta, ya "
   "que en el pedido aparece \"a elegir\". Puedes medirla con la guía que viene en la ficha del "
   "producto en Amazon.\n\n"
   "En cuanto nos la indiques, empezamos a trabajar.\n\n"
   "Gracias,\n"
   "Orfebrería Triana",
   "626-4481926-7703358", [],
   "Clean Spanish request for the ring size needed to complete the order.")

# 5 clean: return follow-up, partial refund
_m("return-follow-up", "text",
   "Devolución del pedido 626-1068834-5529471",
   "Buenos días, Sra. Ortega:\n\n"
   "Hemos recibido su solicitud de devolución del abrigo (pedido 626-1068834-5529471) por una pequeña "
   "descosidura en el forro.\n\n"
   "Si prefiere quedarse con la prenda, le ofrecemos un reembolso parcial de 20 €. Si no, la devolución "
   "seguirá su curso y le reembolsaremos el importe completo cuando recibamos el abrigo. Díganos qué "
   "opción prefiere.\n\n"
   "Un cordial saludo,\n"
   "Abrigos Castilla",
   "626-1068834-5529471", [],
   "Clean Spanish return follow-up offering a partial refund.")

# 6 clean: return follow-up, question
_m("return-follow-up", "text",
   "Una pregunta sobre su devolución - 626-7712053-0084619",
   "Hola:\n\n"
   "Sobre la devolución de la bicicleta estática (pedido 626-7712053-0084619): ¿nos puede confirmar si "
   "la va a devolver desmontada en su caja original o montada? Según la respuesta, la agencia enviará "
   "un vehículo u otro a recogerla.\n\n"
   "Gracias y un saludo,\n"
   "Deportes Costa Brava",
   "626-7712053-0084619", [],
   "Clean Spanish return follow-up asking a question needed to complete the return.")

# 7 clean: invoice with CIF and slashed number
_m("invoice", "text",
   "Factura FV/2026/00831 - pedido 626-3354470-9918206",
   "Buenas tardes:\n\n"
   "Adjuntamos la factura FV/2026/00831 correspondiente a su pedido 626-3354470-9918206 "
   "(impresora láser, base imponible 198,35 €, IVA 21 %: 41,65 €, total 240,00 €).\n\n"
   "Atentamente,\n\n"
   "Suministros Informáticos Ebro, S.L.\n"
   "C/ de Alfonso I, 22, 50003 Zaragoza\n"
   "CIF B50123456\n"
   "Inscrita en el Registro Mercantil de Zaragoza, tomo 4120, folio 87, hoja Z-55120",
   "626-3354470-9918206", [],
   "Clean Spanish invoice with CIF, registry data and a slashed invoice number.")

# 8 clean: neutral review request, text
_m("review-request", "text",
   "¿Qué le ha parecido? Pedido 626-5590317-2261840",
   "Hola:\n\n"
   "Hace unos días que recibió su pedido 626-5590317-2261840. Si le apetece, puede dejar una opinión "
   "sobre el producto en Amazon; tanto si le ha gustado como si no, su comentario ayudará a otros "
   "compradores.\n\n"
   "Saludos,\n"
   "Aceites La Almazara de Baena",
   "626-5590317-2261840", [],
   "Clean neutral Spanish review request in text.")

# 9 clean: review request HTML with logo
_m("review-request", "html",
   "Su opinión sobre el pedido 626-8823604-4417795",
   "<p><img src=\"https://m.media-amazon.com/images/S/seller-logos/ceramica-talavera-artesana.png\" "
   "alt=\"Cerámica Talavera Artesana\" width=\"130\" height=\"55\"></p>\n"
   "<p>Estimada Sra. Domínguez:</p>\n"
   "<p>Confiamos en que la vajilla de su pedido 626-8823604-4417795 haya llegado en perfecto estado. Nos "
   "interesa conocer su valoración, sea cual sea.</p>\n"
   "<p><a href=\"https://www.amazon.es/review/review-your-purchases/\">Escribir una opinión en "
   "Amazon.es</a></p>\n"
   "<p>Atentamente,<br>Cerámica Talavera Artesana</p>",
   "626-8823604-4417795", [],
   "Clean Spanish HTML review request with shop logo, alt text and descriptive https Amazon link.")

# 10 clean: delivery scheduling
_m("delivery-scheduling", "text",
   "Entrega de su sofá cama - pedido 626-0471289-6635102",
   "Buenos días, Sr. Iglesias:\n\n"
   "Su sofá cama (pedido 626-0471289-6635102) se entrega con dos operarios y necesitamos concertar la "
   "cita. Tenemos disponibles:\n\n"
   "· martes 15 de diciembre, de 9:00 a 14:00\n"
   "· jueves 17 de diciembre, de 16:00 a 20:00\n"
   "· sábado 19 de diciembre, de 10:00 a 14:00\n\n"
   "Indíquenos la franja que mejor le venga y si hay ascensor en el edificio.\n\n"
   "Un saludo,\n"
   "Muebles Sierra Norte",
   "626-0471289-6635102", [],
   "Clean Spanish delivery scheduling with time slots for a bulky item.")

# 11 clean: home service appointment
_m("home-service-appointment", "text",
   "Cita para la instalación - pedido 626-6217730-1189054",
   "Hola, Marta:\n\n"
   "Has contratado la instalación de la campana extractora junto con tu pedido 626-6217730-1189054. "
   "Nuestro técnico puede ir el miércoles 16 de diciembre entre las 8:30 y las 10:30, o el viernes 18 "
   "entre las 12:00 y las 14:00.\n\n"
   "Contéstanos con la opción que prefieras. La instalación dura aproximadamente una hora y media.\n\n"
   "Saludos,\n"
   "Instalaciones Hogar Sevilla",
   "626-6217730-1189054", [],
   "Clean Spanish home-service appointment with two time windows.")

# 12 clean: design proof
_m("custom-design-verification", "html",
   "Prueba de diseño de sus invitaciones - 626-2890146-7754413",
   "<p>Hola, Carmen:</p>\n"
   "<p>Te adjuntamos en PDF la prueba de diseño de las invitaciones de boda de tu pedido "
   "626-2890146-7754413:</p>\n"
   "<ul>\n"
   "<li>Nombres: Carmen y Javier</li>\n"
   "<li>Fecha: sábado, 12 de junio de 2027</li>\n"
   "<li>Lugar: Finca El Olivar, Ronda</li>\n"
   "</ul>\n"
   "<p>Revísala con calma. Si está todo bien, respóndenos \"aprobado\" y pasamos a imprenta; si quieres "
   "cambiar algo, dínoslo aquí mismo.</p>\n"
   "<p>Un abrazo,<br>Imprenta Papel de Seda</p>",
   "626-2890146-7754413", [],
   "Clean Spanish HTML design proof awaiting approval.")

# 13 clean: door code question
_m("fulfillment-question", "text",
   "Pedido 626-9304418-5562017: acceso al edificio",
   "Buenas tardes:\n\n"
   "El transportista de su pedido 626-9304418-5562017 (expedición SEUR ref. EXP-2026-77142, albarán "
   "A/5531) no ha podido entrar en el portal de la calle Goya, 58.\n\n"
   "¿Podría indicarnos el código de acceso del portal o el piso y la letra para llamar al "
   "telefonillo? Sin estos datos no podremos completar la entrega.\n\n"
   "Gracias,\n"
   "Colchones Descanso Total",
   "626-9304418-5562017", [],
   "Clean Spanish door-code question with reference numbers that are not phone numbers.")

# 14 clean: reply quoting a foreign shop name/title
_m("reply", "text",
   "RE: consulta sobre el pedido 626-1756092-3380448",
   "Hola, Daniel:\n\n"
   "Sí, el \"Outdoor Camping Stove - Compact Pro\" de tu pedido 626-1756092-3380448 funciona con "
   "cartuchos de rosca estándar de 230 g y 450 g; no es compatible con los de perforación.\n\n"
   "Pesa 320 g sin cartucho.\n\n"
   "Saludos,\n"
   "Aventura Pirineo",
   "626-1756092-3380448", [],
   "Clean Spanish reply quoting an English product title inside Spanish sentences.")

# 15 clean: reply with manufacturer's warranty line
_m("reply", "text",
   "Re: la tablet no carga - pedido 626-4420571-9906633",
   "Estimado Sr. Vidal:\n\n"
   "Sentimos el problema con la tablet. El aparato tiene dos años de garantía del fabricante; puede "
   "llamar al servicio técnico oficial de garantía del fabricante Nexatab en el 900 123 456 (gratuito, "
   "de lunes a viernes de 9:00 a 19:00) indicando el número de pedido 626-4420571-9906633.\n\n"
   "Si lo prefiere, también puede solicitar la devolución desde su cuenta dentro del plazo.\n\n"
   "Atentamente,\n"
   "Electrónica Mediterráneo",
   "626-4420571-9906633", [],
   "Clean Spanish reply giving the manufacturer's warranty number, marked as such.")

# 16 clean: reply with company footer
_m("reply", "html",
   "Respuesta a su consulta - pedido 626-7065239-1128874",
   "<p>Buenos días:</p>\n"
   "<p>Los turrones de su pedido 626-7065239-1128874 están elaborados sin gluten y se conservan en "
   "perfecto estado hasta octubre de 2027, siempre en un lugar fresco y seco.</p>\n"
   "<p>Un saludo,<br>Rosa</p>\n"
   "<p><small>Turrones Artesanos de Xixona, S.L. · Avda. de la Constitución, 31, 03100 Xixona "
   "(Alicante)<br>\n"
   "CIF B03987654 · Registro Sanitario 20.01234/A<br>\n"
   "Horario de atención: de lunes a viernes, de 8:00 a 15:00</small></p>",
   "626-7065239-1128874", [],
   "Clean Spanish HTML reply with a company footer (address, CIF, sanitary registry, hours).")

# 17 clean: reply with tracking/return numbers
_m("reply", "text",
   "Re: estado de mi reembolso (626-3981126-6647705)",
   "Hola, Sra. Castro:\n\n"
   "Recibimos su paquete de devolución (Correos Express, seguimiento 4400987652310) el 30 de noviembre a "
   "las 12:15. La devolución DEV-2611-0389 del pedido 626-3981126-6647705 quedó cerrada y el reembolso "
   "de 35,60 € se emitió el 1 de diciembre.\n\n"
   "El abono suele tardar entre 3 y 5 días hábiles según el banco.\n\n"
   "Saludos cordiales,\n"
   "Departamento de devoluciones - Calzados Elche",
   "626-3981126-6647705", [],
   "Clean Spanish reply with tracking and return numbers, dates, times and amounts.")

# 18 BSM201: left warehouse, handed to carrier
_m("delivery-delay", "text",
   "Tu pedido 626-5124403-0073981 ya está en camino",
   "¡Hola, Sergio!\n\n"
   "Tu cafetera salió esta mañana de nuestro almacén de Getafe y ya la tiene MRW (pedido "
   "626-5124403-0073981). Cuenta con ella en 24-48 horas.\n\n"
   "Un saludo,\n"
   "Café y Punto",
   "626-5124403-0073981", ["BSM201"],
   "Spanish shipping confirmation: left the warehouse and handed to the carrier.")

# 19 BSM201: order received, preparing
_m("fulfillment-question", "html",
   "Hemos recibido tu pedido 626-0829357-4415560",
   "<p>Hola, Nuria:</p>\n"
   "<p>Te confirmamos que tu pedido 626-0829357-4415560 ha llegado correctamente y que ya lo estamos "
   "preparando en nuestro taller.</p>\n"
   "<p>Un abrazo,<br>Jabones Naturales Alpujarra</p>",
   "626-0829357-4415560", ["BSM201"],
   "Spanish HTML order confirmation: received and being prepared.")

# 20 BSM202: thanks only
_m("fulfillment-question", "text",
   "Pedido 626-3673180-2208419",
   "Estimado cliente:\n\n"
   "Queremos darle las gracias por confiar en nosotros para su pedido 626-3673180-2208419. Es un "
   "placer contar con clientes como usted.\n\n"
   "Muchas gracias de nuevo,\n"
   "Relojería Vasca",
   "626-3673180-2208419", ["BSM202"],
   "Spanish thanks-only message.")

# 21 BSM202: only "we are here if"
_m("fulfillment-question", "text",
   "Su pedido 626-8546021-3319972",
   "Hola:\n\n"
   "Solo queríamos recordarle que, si surge cualquier incidencia con su pedido 626-8546021-3319972, "
   "estamos a su disposición para lo que necesite.\n\n"
   "Saludos,\n"
   "Ferretería El Tornillo",
   "626-8546021-3319972", ["BSM202"],
   "Spanish message that only offers help if a problem arises.")

# 22 BSM203: P.S. with 20% off
_m("delivery-scheduling", "text",
   "Entrega de su mesa - pedido 626-2415698-7760134",
   "Buenos días, Sr. Prieto:\n\n"
   "La mesa de comedor de roble (pedido 626-2415698-7760134) se puede entregar el martes 15 o el "
   "miércoles 16 de diciembre, por la mañana (9:00-13:00). ¿Qué día le va mejor?\n\n"
   "Atentamente,\n"
   "Carpintería Roble Asturiano\n\n"
   "P. D.: Aprovechamos para contarle que durante todo diciembre tiene un 20 % de descuento en toda "
   "nuestra colección de sillas.",
   "626-2415698-7760134", ["BSM203"],
   "Spanish delivery scheduling with a promotional postscript offering 20% off.")

# 23 BSM203: follow us / newsletter / new collection
_m("return-follow-up", "text",
   "Devolución pedido 626-6093217-1145508",
   "Hola, Irene:\n\n"
   "Para tramitar la devolución del vestido (pedido 626-6093217-1145508), ¿nos puedes decir si el "
   "problema es la talla o el color? Así sabemos si ofrecerte el cambio.\n\n"
   "Por cierto, ¡síguenos en redes y suscríbete a nuestro boletín! La nueva colección primavera-verano "
   "llega en febrero.\n\n"
   "Besos,\n"
   "Moda Flamenca Lunares",
   "626-6093217-1145508", ["BSM203"],
   "Spanish return follow-up with follow-us, newsletter and new-collection promotion.")

# 24 BSM204: small token once review published
_m("review-request", "text",
   "Pedido 626-4738850-6627031 - ¿nos cuentas?",
   "Hola, Alba:\n\n"
   "Cuando puedas, déjanos una opinión en Amazon sobre la mochila de tu pedido 626-4738850-6627031. "
   "En cuanto esté publicada, avísanos y te mandamos un detallito como agradecimiento.\n\n"
   "Un saludo,\n"
   "Mochilas Urbanas BCN",
   "626-4738850-6627031", ["BSM204"],
   "Spanish review request offering a small gift once the review is published.")

# 25 BSM204: full refund
_m("review-request", "html",
   "Pedido 626-1190476-5503382",
   "<p>Estimado cliente:</p>\n"
   "<p>Le proponemos algo: escriba su opinión sobre el cargador solar de su pedido 626-1190476-5503382 y, "
   "en cuanto aparezca publicada en Amazon, le devolveremos el importe íntegro de la compra.</p>\n"
   "<p>Atentamente,<br>SolarTech Iberia</p>",
   "626-1190476-5503382", ["BSM204"],
   "Spanish review request offering a full refund once the review is online.")

# 26 BSM205: update/remove one-star review
_m("reply", "text",
   "Re: pedido 626-9871043-2234765",
   "Buenas tardes, Sr. Marín:\n\n"
   "Ya le hemos enviado la pieza de recambio de la estantería (pedido 626-9871043-2234765). Ahora que "
   "está todo solucionado, ¿podría plantearse actualizar la valoración de una estrella que dejó, o "
   "incluso eliminarla? Para un negocio pequeño como el nuestro supone mucho.\n\n"
   "Muchas gracias por su comprensión,\n"
   "Bricolaje Montes",
   "626-9871043-2234765", ["BSM205"],
   "Spanish reply asking to update or remove a one-star review.")

# 27 BSM206: only if satisfied
_m("review-request", "text",
   "¿Todo bien con su pedido 626-5026698-0071423?",
   "Hola:\n\n"
   "Si ha quedado contento con la sartén de hierro de su pedido 626-5026698-0071423, le agradeceríamos "
   "que dejara su opinión en Amazon. Si por el contrario algo no ha ido bien, por favor escríbanos "
   "primero por la mensajería de Amazon antes de publicar nada, y lo arreglamos.\n\n"
   "Un saludo,\n"
   "Forja Toledana",
   "626-5026698-0071423", ["BSM206"],
   "Spanish review request only for satisfied buyers, steering unhappy ones to the seller.")

# 28 BSM206: five stars
_m("review-request", "text",
   "Pedido 626-3315742-8849906 - un pequeño favor",
   "Hola, Jorge:\n\n"
   "Tu set de cuchillos (pedido 626-3315742-8849906) lleva ya una semana en tu cocina. Nos haría muchísima "
   "ilusión que nos pusieras cinco estrellas en Amazon; a una tienda pequeña le ayuda un montón.\n\n"
   "Gracias,\n"
   "Cuchillería Albacete",
   "626-3315742-8849906", ["BSM206"],
   "Spanish review request asking for five stars.")

# 29 BSM108: quickest is to cancel yourself (adjustment confirmed)
_m("order-problem", "text",
   "Pedido 626-7759014-4403317: artículo agotado",
   "Estimado Sr. Cano:\n\n"
   "La lámpara de pie de su pedido 626-7759014-4403317 se ha agotado y no tendremos reposición. Ya hemos "
   "ajustado el importe del pedido indicando falta de existencias.\n\n"
   "Para agilizarlo todo, lo más rápido es que usted mismo cancele el pedido desde \"Mis pedidos\" en su "
   "cuenta de Amazon.\n\n"
   "Disculpe las molestias,\n"
   "Iluminación Nórdica Madrid",
   "626-7759014-4403317", ["BSM108"],
   "Spanish order problem with the adjustment confirmed but advising the buyer to cancel.")

# 30 BSM108 + BSM107
_m("order-problem", "html",
   "Incidencia con el pedido 626-2248863-9960051",
   "<p>Hola:</p>\n"
   "<p>Nos hemos quedado sin existencias del robot aspirador de su pedido 626-2248863-9960051.</p>\n"
   "<p>Le agradeceríamos mucho que solicitara la cancelación del pedido a través de Amazon para que "
   "podamos cerrarlo.</p>\n"
   "<p>Un saludo,<br>Hogar Inteligente Valencia</p>",
   "626-2248863-9960051", ["BSM107", "BSM108"],
   "Spanish order problem asking for a cancellation request without confirming an adjustment.")

# 31 BSM305: unsubscribe
_m("review-request", "text",
   "Pedido 626-6480125-3378840: su opinión",
   "Buenos días:\n\n"
   "Su pedido 626-6480125-3378840 se entregó hace unos días. Si lo desea, puede valorar el producto "
   "desde su cuenta de Amazon.\n\n"
   "Un saludo,\n"
   "Vinos Ribera del Duero Selección\n\n"
   "Para darse de baja y no recibir más mensajes nuestros, conteste a este correo con la palabra BAJA.",
   "626-6480125-3378840", ["BSM305"],
   "Spanish review request with an unsubscribe instruction in the footer.")

# 32 BSM306: profanity
_m("reply", "text",
   "Re: paquete roto - pedido 626-0917734-6625198",
   "Hola, Raúl:\n\n"
   "Joder, qué mala suerte. La agencia nos ha vuelto a hacer una auténtica mierda con el embalaje, y eso "
   "que lo protegimos bien. Te mandamos otra lámpara para el pedido 626-0917734-6625198 el lunes, sin "
   "coste.\n\n"
   "Toni - Vidrio Soplado Mallorca",
   "626-0917734-6625198", ["BSM306"],
   "Spanish reply containing profanity.")

# 33 BSM104: another language
_m("delivery-delay", "text",
   "Commande 626-4605581-1197724 : retard d'expédition",
   "Bonjour,\n\n"
   "Votre commande 626-4605581-1197724 (lot de serviettes en coton) sera expédiée le 15 décembre au lieu "
   "du 9, car notre fournisseur a livré la marchandise en retard.\n\n"
   "Cordialement,\n"
   "Algodón Mediterráneo",
   "626-4605581-1197724", ["BSM104"],
   "Delivery delay written entirely in French to a Spanish buyer.")

# 34 BSM309: national phone
_m("home-service-appointment", "text",
   "Montaje de su armario - pedido 626-8132269-0054487",
   "Buenos días:\n\n"
   "Para concertar el montaje del armario de su pedido 626-8132269-0054487, llámenos al 915 234 876 "
   "(de lunes a viernes, de 9:00 a 18:00) o mándenos un WhatsApp al 654 32 10 98.\n\n"
   "Gracias,\n"
   "Montajes Rápidos Madrid",
   "626-8132269-0054487", ["BSM309"],
   "Spanish home-service appointment with national landline and mobile numbers.")

# 35 BSM309: international
_m("additional-information", "html",
   "Pedido 626-3460097-7712835: dirección de entrega",
   "<p>Hola, Sr. Gil:</p>\n"
   "<p>La dirección de entrega de su pedido 626-3460097-7712835 no incluye el piso ni la puerta. "
   "¿Nos la puede completar respondiendo a este mensaje?</p>\n"
   "<p>Si lo prefiere, también puede dictárnosla llamando al +34 93 412 56 78.</p>\n"
   "<p>Atentamente,<br>Electrodomésticos Gràcia</p>",
   "626-3460097-7712835", ["BSM309"],
   "Spanish request for information with the seller's phone in international format.")

# 36 BSM308: plain email
_m("custom-design-verification", "text",
   "Diseño de su taza - pedido 626-5573308-2249160",
   "Hola, Andrea:\n\n"
   "Adjuntamos la prueba de diseño de la taza de tu pedido 626-5573308-2249160. Si quieres cambiar la "
   "foto, mándanos otra en buena resolución a disenos@tazasconalma.es y te preparamos una nueva "
   "prueba.\n\n"
   "Un saludo,\n"
   "Tazas con Alma",
   "626-5573308-2249160", ["BSM308"],
   "Spanish design proof with a plain email address.")

# 37 BSM308: obfuscated (arroba)
_m("reply", "text",
   "Re: factura a nombre de empresa - pedido 626-9915246-3306718",
   "Buenas tardes:\n\n"
   "Sin problema, podemos emitir la factura del pedido 626-9915246-3306718 a nombre de su empresa. "
   "Envíenos el CIF y la razón social a facturacion arroba papeleriasol punto es y se la preparamos.\n\n"
   "Saludos,\n"
   "Papelería Sol",
   "626-9915246-3306718", ["BSM308"],
   "Spanish reply with an obfuscated email address using 'arroba' and 'punto'.")

# 38 BSM302: https link to seller's site
_m("reply", "html",
   "Re: instrucciones de montaje - 626-1402873-5580926",
   "<p>Hola, Beatriz:</p>\n"
   "<p>Las instrucciones de montaje de la cuna de tu pedido 626-1402873-5580926 también están en nuestra "
   "web: <a href=\"https://www.cunasdemadera-olmo.es/montaje/cuna-colecho\">guía de montaje de la cuna "
   "colecho en la web de Cunas Olmo</a>.</p>\n"
   "<p>Un saludo,<br>Cunas Olmo</p>",
   "626-1402873-5580926", ["BSM302"],
   "Spanish reply linking to the seller's own https website.")

# 39 BSM301: http link to Amazon
_m("return-follow-up", "html",
   "Devolución del pedido 626-7284450-0019637",
   "<p>Buenos días:</p>\n"
   "<p>Para completar la devolución de los auriculares (pedido 626-7284450-0019637), ¿podría indicar en "
   "su solicitud si el estuche de carga funciona?</p>\n"
   "<p><a href=\"http://www.amazon.es/gp/css/returns/homepage.html\">Sus devoluciones en Amazon.es</a></p>\n"
   "<p>Gracias,<br>Audio Norte</p>",
   "626-7284450-0019637", ["BSM301"],
   "Spanish return follow-up with an insecure http link to Amazon.")

# 40 BSM310: product image
_m("review-request", "html",
   "¿Qué tal la cesta? Pedido 626-4017769-8843251",
   "<p>Hola:</p>\n"
   "<p>Han pasado unos días desde que recibió su pedido 626-4017769-8843251. Si quiere, puede contar su "
   "experiencia con el producto en Amazon.</p>\n"
   "<p><img src=\"https://m.media-amazon.com/images/I/cesta-mimbre-natural-grande.jpg\" "
   "alt=\"Cesta de mimbre natural grande\" width=\"250\"></p>\n"
   "<p>Saludos,<br>Mimbres de la Vera</p>",
   "626-4017769-8843251", ["BSM310"],
   "Spanish review request with a photo of the purchased basket.")

# 41 BSM311: unrelated image
_m("invoice", "html",
   "Factura del pedido 626-6658130-1172094",
   "<p>Estimada Sra. Pascual:</p>\n"
   "<p>Le adjuntamos la factura n.º 2026-1457 de su pedido 626-6658130-1172094.</p>\n"
   "<p><img src=\"https://images.unsplash.com/photo-playa-palmeras-verano.jpg\" "
   "alt=\"Playa con palmeras\" width=\"300\"></p>\n"
   "<p>Un saludo,<br>Papelería Técnica Norte</p>",
   "626-6658130-1172094", ["BSM311"],
   "Spanish invoice with an unrelated stock image of a beach.")

# 42 BSM402: image without alt
_m("delivery-scheduling", "html",
   "Entrega de su frigorífico - 626-2535904-6607418",
   "<p><img src=\"https://m.media-amazon.com/images/S/seller-logos/electro-hogar-galicia.png\" "
   "width=\"120\" height=\"40\"></p>\n"
   "<p>Buenos días:</p>\n"
   "<p>Para entregar el frigorífico de su pedido 626-2535904-6607418 tenemos hueco el lunes 14 de "
   "diciembre (8:00-14:00) o el martes 15 (15:00-20:00). Díganos qué día prefiere.</p>\n"
   "<p>Electro Hogar Galicia</p>",
   "626-2535904-6607418", ["BSM402"],
   "Spanish delivery scheduling with the shop logo lacking an alt attribute.")

# 43 BSM403: emoji
_m("reply", "text",
   "Re: ¿llegará antes de Reyes? (626-8090317-4451262)",
   "¡Hola, Cristina!\n\n"
   "Según la fecha estimada de tu pedido 626-8090317-4451262, el puzle debería llegarte el 28 de "
   "diciembre, así que a tiempo para Reyes 🎁👑\n\n"
   "Un abrazo,\n"
   "Juguetes de Madera Kiko",
   "626-8090317-4451262", ["BSM403"],
   "Spanish reply with emoji.")

# 44 BSM403: emoticon
_m("additional-information", "text",
   "Color del cojín - pedido 626-1874425-3390576",
   "Hola, Elena:\n\n"
   "En tu pedido 626-1874425-3390576 no se indicó el color de la funda del cojín. ¿La quieres en "
   "mostaza, terracota o gris perla? Cuéntanos y la cosemos esta misma semana :-D\n\n"
   "Gracias,\n"
   "Cojines Alhambra",
   "626-1874425-3390576", ["BSM403"],
   "Spanish request for information with a text emoticon.")

# 45 BSM410: four sizes
_m("custom-design-verification", "html",
   "Prueba de su placa grabada - pedido 626-3128896-7705549",
   "<style>\n"
   "h2 { font-size: 22px; }\n"
   "h3 { font-size: 17px; }\n"
   "p.cuerpo { font-size: 13px; }\n"
   "p.pie { font-size: 9px; }\n"
   "</style>\n"
   "<h2>Prueba de grabado</h2>\n"
   "<h3>Pedido 626-3128896-7705549</h3>\n"
   "<p class=\"cuerpo\">Le adjuntamos la prueba de la placa con el texto \"Familia Herrero Soto\". "
   "Confírmenos si es correcto para pasar al grabado.</p>\n"
   "<p class=\"pie\">Grabados Láser Murcia, S.L. · CIF B73456789</p>",
   "626-3128896-7705549", ["BSM410"],
   "Spanish HTML design proof with four explicit font sizes in a style block.")

# 46 BSM412: empty paragraphs
_m("delivery-delay", "html",
   "Pedido 626-5491620-8827713 con retraso",
   "<p>Hola, Sr. Romero:</p>\n"
   "<p></p>\n"
   "<p></p>\n"
   "<p>El colchón de su pedido 626-5491620-8827713 saldrá el 17 de diciembre en lugar del 11, porque la "
   "espuma viscoelástica llega más tarde a fábrica.</p>\n"
   "<p>&nbsp;</p>\n"
   "<p>&nbsp;</p>\n"
   "<p>Disculpe las molestias.<br>Descanso Natural</p>",
   "626-5491620-8827713", ["BSM412"],
   "Spanish delivery delay with empty paragraphs between paragraphs.")

# 47 BSM110: [Importante] on return follow-up
_m("return-follow-up", "text",
   "[Importante] Devolución del pedido 626-0763358-2214490",
   "Hola:\n\n"
   "Respecto a la devolución de las zapatillas (pedido 626-0763358-2214490), ¿nos podría confirmar si "
   "las ha usado en exterior? Lo necesitamos para cerrar la devolución.\n\n"
   "Gracias,\n"
   "Running Store Bilbao",
   "626-0763358-2214490", ["BSM110"],
   "Spanish return follow-up marked [Importante] in the subject.")

# 48 BSM401: "aquí"
_m("review-request", "html",
   "Su opinión sobre el pedido 626-6935171-4468023",
   "<p>Buenos días:</p>\n"
   "<p>Su pedido 626-6935171-4468023 se entregó la semana pasada. Si quiere compartir su opinión sobre "
   "el producto, puede hacerlo <a href=\"https://www.amazon.es/review/review-your-purchases/\">aquí</a>.</p>\n"
   "<p>Saludos,<br>Quesos Manchegos Villarrobledo</p>",
   "626-6935171-4468023", ["BSM401"],
   "Spanish review request with a non-descriptive 'aquí' link.")

# 49 varies: logo linked to the shop's site
_m("delivery-delay", "html",
   "Retraso del pedido 626-8357702-1136684",
   "<p><a href=\"https://www.azulejosvalencianos.es\"><img "
   "src=\"https://m.media-amazon.com/images/S/seller-logos/azulejos-valencianos.png\" "
   "alt=\"Azulejos Valencianos - tienda online\" width=\"140\"></a></p>\n"
   "<p>Estimado cliente:</p>\n"
   "<p>Los azulejos pintados a mano de su pedido 626-8357702-1136684 se enviarán el 18 de diciembre en "
   "lugar del 10: la última hornada necesita más tiempo de secado.</p>\n"
   "<p>Disculpe la espera.<br>Azulejos Valencianos</p>",
   "626-8357702-1136684", ["BSM302", "BSM304"],
   "Spanish delivery delay with the shop logo linked to the shop's website.")

# 50 varies: oversized image (580 px)
_m("review-request", "html",
   "Pedido 626-2016694-5579031 - su valoración",
   "<p><img src=\"https://m.media-amazon.com/images/S/seller-logos/banner-bodegas-sierra-gata.png\" "
   "alt=\"Bodegas Sierra de Gata\" width=\"580\" height=\"120\"></p>\n"
   "<p>Hola:</p>\n"
   "<p>Hace una semana que recibió su pedido 626-2016694-5579031. Si le parece bien, puede dejar su "
   "opinión sobre el vino en Amazon.</p>\n"
   "<p>Un saludo,<br>Bodegas Sierra de Gata</p>",
   "626-2016694-5579031", ["BSM406"],
   "Spanish review request with the shop banner 580 px wide.")
