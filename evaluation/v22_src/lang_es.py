"""v22 blind evaluation set: Spanish (es) messages."""

LANG = "es"
PREFIX = "535"


def _oid(n):
    a = (7301552 + n * 5882417) % 10000000
    b = (1469028 + n * 3909811) % 10000000
    return "%s-%07d-%07d" % (PREFIX, a, b)


_RAW = []


def m(type_, fmt, subject, body, expected, note, locale="es-ES"):
    _RAW.append((type_, fmt, subject, body, sorted(expected), note, locale))


# 1 clean delay text
m("delivery-delay", "text", "Pedido {o}: se retrasa unos días",
"""Hola, Marta:

Te escribimos porque la funda nórdica de tu pedido {o} sigue en el taller de costura; nos la entregan con retraso. Saldrá el miércoles 16 de diciembre en lugar del viernes 11.

Perdona la espera. Si la fecha vuelve a moverse, te avisamos.

Un saludo,
Nuria – Algodón y Punto""", [], "Clean delivery delay in plain text.")

# 2 clean delay html
m("delivery-delay", "html", "Cambio en la fecha de envío del pedido {o}",
"""<table><tr><td><img src="https://img.envialo-cdn.net/u/9042/aceites-sierra-magina-logo.png" alt="Aceites Sierra Mágina"></td></tr>
<tr><td><p>Estimado cliente:</p>
<p>Las lluvias de esta semana han retrasado el envasado, así que su lote de aceite de oliva virgen extra (pedido {o}) se enviará el <strong>lunes 14 de diciembre</strong>.</p>
<p>Disculpe las molestias.</p>
<p>Atentamente,<br>Aceites Sierra Mágina</p>
<p><small>Aceites Sierra Mágina, S.L. · Calle Real 18, 23540 Bedmar (Jaén) · CIF B23456789</small></p></td></tr></table>""",
[], "Clean builder-HTML delay notice with logo and small footer.")

# 3 clean order problem [Importante]
m("order-problem", "text", "[Importante] Pedido {o}: artículo sin existencias",
"""Buenos días, Sr. Navarro:

Hemos comprobado que la última cafetera italiana de inducción que teníamos en almacén venía con la rosca dañada, y no podemos enviársela.

Ya hemos ajustado el importe del pedido {o}: los 32,95 € se le devolverán por el mismo medio de pago en unos días.

Lamentamos mucho el inconveniente.
Menaje Castilla""", [], "Clean order problem confirming the amount adjustment, [Importante] in subject.")

# 4 clean additional info
m("additional-information", "text", "Pedido {o} – nos falta el texto del grabado",
"""Hola:

Para grabar el llavero de cuero del pedido {o} necesitamos las iniciales: el campo de personalización llegó vacío.

¿Nos las indicas respondiendo a este mensaje? Máximo 4 letras.

Gracias,
Jorge – Cuero Artesano Ubrique""", [], "Clean request for missing personalisation data.")

# 5 clean return partial refund
m("return-follow-up", "text", "Sobre la devolución del pedido {o}",
"""Hola, Lucía:

Hemos visto las fotos de la lámpara con el arañazo en la base. Si prefieres quedártela, te ofrecemos un reembolso parcial de 18,00 € del pedido {o} y te ahorras el envío de vuelta.

Dinos qué prefieres y lo gestionamos.

Un saludo,
Luz de Barrio""", [], "Clean return follow-up offering a partial refund.")

# 6 clean return question
m("return-follow-up", "text", "Devolución {o}: una pregunta",
"""Buenas tardes:

Nos ha llegado el paquete de la devolución del pedido {o}. Para cerrarla, ¿nos confirma si prefiere el reembolso o el cambio por la talla M?

Saludos,
Moda Sur Outlet""", [], "Clean return follow-up asking for information to complete it.")

# 7 clean invoice CIF
m("invoice", "text", "Factura del pedido {o}",
"""Buenos días:

Adjuntamos la factura n.º F-2026/12/0357 correspondiente al pedido {o}.

Base imponible: 123,97 €
IVA (21 %): 26,03 €
Total: 150,00 €

Un saludo,
Departamento de Administración

Suministros de Oficina Levante, S.L. – Av. del Puerto 102, 46023 Valencia
CIF B98765432 – Inscrita en el Registro Mercantil de Valencia, Tomo 10234, Folio 88, Hoja V-176543""",
[], "Clean invoice with CIF, registry data and slashed invoice number.")

# 8 clean review request text
m("review-request", "text", "¿Qué tal con tu pedido {o}?",
"""Hola:

Ya hace unos días que te llegó la mochila de lona. Cuando tengas un rato, una reseña en Amazon, sea cual sea tu opinión, ayuda mucho a otros compradores.

Un abrazo,
Taller Mochilas Bravo""", [], "Clean neutral review request in plain text.")

# 9 clean review request html
m("review-request", "html", "Pedido {o}: ¿nos cuentas qué te ha parecido?",
"""<p><img src="https://img.envialo-cdn.net/u/5120/ceramica-talavera-logo.png" alt="Cerámica Talavera Viva"></p>
<p>Hola:</p>
<p>Tus cuencos pintados a mano (pedido {o}) llegaron hace unos días. Tu opinión sincera, buena o mala, orienta a quien está pensando en comprarlos.</p>
<p><a href="https://www.amazon.es/review/create-review?asin=B0CQ7ZL3MN">Escribir una reseña de los cuencos en Amazon</a></p>
<p>Gracias por tu tiempo,<br>Cerámica Talavera Viva</p>""",
[], "Clean HTML review request with logo and descriptive https Amazon link.")

# 10 clean delivery scheduling
m("delivery-scheduling", "text", "Entrega del sofá – pedido {o}",
"""Buenos días, Sr. Ortega:

La agencia puede subirle el sofá chaise longue (pedido {o}) hasta la vivienda. Estas son las franjas disponibles:

- Jueves 17/12, de 8:00 a 14:00
- Viernes 18/12, de 15:00 a 20:00
- Lunes 21/12, de 9:00 a 13:00

¿Cuál le viene mejor? Indíquenos también el piso y si hay ascensor.

Saludos cordiales,
Muebles Hermanos Gil""", [], "Clean bulky-item delivery scheduling with time slots.")

# 11 clean home service
m("home-service-appointment", "text", "Montaje del armario – pedido {o}",
"""Hola:

Nuestro montador, Raúl, puede pasar a montar el armario del pedido {o} el martes 15 de diciembre entre las 9:00 y las 11:00, o el miércoles 16 entre las 16:00 y las 18:00.

¿Qué hueco te va mejor?

Saludos,
Montajes Hogar Aragón""", [], "Clean home-service appointment with two slots.")

# 12 clean design proof
m("custom-design-verification", "html", "Prueba de diseño de tu camiseta – pedido {o}",
"""<p>Hola, Álvaro:</p>
<p>Te adjuntamos la prueba de diseño de las camisetas del pedido {o}: escudo del club en el pecho, «Peña Los Tercos 2026» en la espalda, tinta blanca sobre azul marino.</p>
<p>Revisa bien el texto y los colores. Si das el visto bueno, pasamos a serigrafía.</p>
<p>Un saludo,<br>Serigrafía La Imprenta</p>""",
[], "Clean custom design proof for approval.")

# 13 clean door code
m("fulfillment-question", "text", "Pedido {o}: código del portal",
"""Buenos días:

El repartidor de su frigorífico (pedido {o}, ref. de entrega ENT-77310/A) nos comenta que la última vez no pudo acceder al portal.

¿Podría facilitarnos el código de acceso? Solo se lo pasaremos al conductor de la ruta n.º 512 del viernes.

Gracias,
Electro Hogar Distribución""", [], "Clean door-code question with reference numbers.")

# 14 clean reply quoting English title
m("reply", "text", "Re: duda sobre el pedido {o}",
"""Hola:

Sí, el «Cast Iron Dutch Oven – 5.5 Quart, Enameled» de tu pedido {o} sirve para inducción y también para horno hasta 260 °C.

La tapa pesa bastante, ojo al levantarla.

Un saludo,
Cocina con Fuego""", [], "Clean reply quoting an English product title inside Spanish sentences.")

# 15 clean reply warranty line
m("reply", "text", "Re: la aspiradora no carga – {o}",
"""Buenos días, Sra. Romero:

Sentimos el problema. La aspiradora tiene tres años de garantía del fabricante, así que lo más rápido es gestionarlo con su servicio técnico oficial.

Teléfono de garantía del fabricante (servicio técnico Aspira Pro): 900 834 215, de lunes a viernes de 9:00 a 19:00. Tenga a mano el número de pedido {o}.

Atentamente,
Hogar Práctico""", [], "Clean reply with the manufacturer's warranty line, marked as such.")

# 16 clean reply company footer
m("reply", "html", "Re: fecha de consumo – pedido {o}",
"""<p>Hola:</p>
<p>El turrón de tu pedido {o} se elaboró el 20 de noviembre y su consumo preferente es hasta octubre de 2027.</p>
<p>Un saludo,<br>Carmen Vidal<br>Responsable de tienda</p>
<p><small>Turrones Vidal Jijona, S.L. – Carrer Major 5, 03100 Xixona (Alicante) – CIF B03123456 – Registro Mercantil de Alicante, Tomo 4123, Hoja A-98765</small></p>""",
[], "Clean reply with a company-details footer.")

# 17 clean reply tracking/return numbers
m("reply", "text", "Re: ¿cuándo me devolvéis el dinero? ({o})",
"""Hola:

Tu devolución (seguimiento Correos Express 3230118845120) llegó a nuestro almacén el 2 de diciembre a las 12:40. El reembolso de 89,90 € se tramitó el 3/12 y suele verse en la cuenta en 3-5 días hábiles.

N.º de devolución: DEV-2026-0781, pedido {o}.

Un saludo,
Bicis y Recambios Norte""", [], "Clean reply with tracking and return numbers, dates, times and amounts.")

# 18 BSM201 handed to carrier
m("fulfillment-question", "text", "¡Tu pedido {o} ya va de camino!",
"""Hola:

Tu paquete ha salido esta mañana de nuestro almacén de Getafe y ya está en manos de SEUR. Lo tendrás en 24-48 horas.

El equipo de Jardín Fácil""", ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier.")

# 19 BSM201 received & preparing
m("fulfillment-question", "html", "Pedido {o} recibido",
"""<p>¡Hola, Irene!</p>
<p>Hemos recibido tu pedido y ya lo estamos preparando con mimo en el obrador.</p>
<p>Hasta pronto,<br>Jabones La Alquimia</p>""",
["BSM201"], "Order confirmation: received and being prepared.")

# 20 BSM202 thanks only
m("reply", "text", "¡Gracias! – pedido {o}",
"""Hola:

Solo queríamos darte las gracias por confiar en nuestra pequeña tienda. De verdad, nos alegra el día.

Un abrazo de toda la familia,
Mieles Peñalara""", ["BSM202"], "Only thanks.")

# 21 BSM202 only offer help
m("fulfillment-question", "text", "Pedido {o}",
"""Buenas:

Cualquier cosa que necesites con tu pedido {o}, aquí estamos. Escríbenos por Amazon y te contestamos enseguida.

Saludos,
Cuero Artesano Ubrique""", ["BSM202"], "Only an offer to help if something comes up.")

# 22 BSM203 P.S. discount
m("delivery-delay", "text", "Tu pedido {o} sale un poco más tarde",
"""Hola:

El lote de ibéricos de tu pedido {o} se enviará el 12 de diciembre en lugar del 9; estamos esperando las cajas de regalo.

Disculpa,
Ibéricos Dehesa Real

P. D.: Hasta el domingo tienes un 20 % de descuento en toda la tienda con el código NAVIDAD20.""",
["BSM203"], "Delay notice with a P.S. of 20% off everything.")

# 23 BSM203 follow / newsletter / new collection
m("review-request", "html", "Tu opinión sobre el pedido {o}",
"""<p>Hola:</p>
<p>Tu bufanda llegó hace una semana (pedido {o}). Si te animas, deja una reseña en Amazon, tanto si te ha encantado como si no.</p>
<p>¡Y atento! Acabamos de lanzar la nueva colección de invierno: síguenos en Instagram y apúntate a nuestra newsletter para no perderte nada.</p>
<p>Saludos,<br>Lanas del Pirineo</p>""",
["BSM203"], "Review request plus new collection, follow-us and newsletter promotion.")

# 24 BSM204 gift after review
m("review-request", "text", "Un favor – pedido {o}",
"""¡Hola!

Si nos dejas una reseña de la esterilla de yoga, en cuanto esté publicada te mandamos un detallito de regalo para agradecértelo.

Namasté,
Yoga Verde Tienda""", ["BSM204"], "Small gift once the review is published.")

# 25 BSM204 full refund after review
m("review-request", "text", "Reembolso total – pedido {o}",
"""Buenos días:

Le proponemos lo siguiente: en cuanto su reseña de los auriculares esté visible en Amazon, envíenos una captura y le devolvemos el importe íntegro del pedido {o}.

Atentamente,
Sonido Total""", ["BSM204"], "Full refund once the review is online.")

# 26 BSM205 change one-star review
m("reply", "text", "Re: su valoración – pedido {o}",
"""Estimado Sr. Molina:

Nos alegra que el nuevo termo ya le funcione bien. Ahora que todo está resuelto, ¿sería tan amable de cambiar su reseña de una estrella, o incluso retirarla? A una tienda pequeña como la nuestra le hace mucho daño.

Gracias por su comprensión,
Hogar Práctico""", ["BSM205"], "Asks to change or remove a one-star review.")

# 27 BSM206 only if satisfied
m("review-request", "text", "¿Todo bien con el pedido {o}?",
"""Hola:

Si estás contento con la batidora, nos harías un gran favor dejando una reseña en Amazon. Y si algo no va bien, antes de opinar escríbenos a nosotros: lo arreglamos.

Saludos,
Menaje Castilla""", ["BSM206"], "Review only if happy; unhappy buyers steered to the seller.")

# 28 BSM206 five stars
m("review-request", "html", "Pedido {o}: ¿nos echas una mano?",
"""<p>Hola:</p>
<p>Esperamos que ya estés usando la tabla de cortar de olivo (pedido {o}).</p>
<p>Unas 5 estrellitas en Amazon serían un empujón enorme para nuestra carpintería de pueblo.</p>
<p>¡Gracias!<br>Carpintería Hermanos Soler</p>""",
["BSM206"], "Asks for a five-star rating.")

# 29 BSM108 cancel yourself (adjusted)
m("order-problem", "text", "[Importante] Pedido {o}: sin stock",
"""Hola:

La lámpara de pie de tu pedido {o} se ha agotado y el proveedor no nos da fecha. Ya hemos ajustado el importe del pedido.

Lo más rápido ahora es que canceles tú mismo el pedido desde tu cuenta de Amazon.

Lo sentimos,
Luz de Barrio""", ["BSM108"], "Adjusted order problem that still advises the buyer to cancel.")

# 30 BSM108 + BSM107
m("order-problem", "text", "Pedido {o}",
"""Estimada Sra. Castro:

El último jarrón de cristal soplado se vendió en nuestra tienda física antes de que procesáramos su pedido {o}, y no volveremos a tener hasta marzo.

Le agradeceríamos que solicitara la cancelación del pedido a través de Amazon.

Reciba un cordial saludo,
Vidrios de La Granja""", ["BSM107", "BSM108"], "Asks for a cancellation request without confirming an adjustment.")

# 31 BSM305 STOP / baja
m("delivery-delay", "text", "Pedido {o}: nueva fecha de envío",
"""Buenos días:

Su pedido {o} se enviará el 17 de diciembre en lugar del 13 por un retraso de nuestro proveedor.

Atentamente,
Cobre y Latón Shop

Si no desea recibir más mensajes nuestros, responda BAJA.""", ["BSM305"], "Opt-out instruction 'reply BAJA'.")

# 32 BSM306 profanity
m("reply", "text", "Re: paquete roto – {o}",
"""Hola:

Tienes toda la razón, y perdona la expresión, pero la puta agencia de transporte nos ha destrozado tres cajas esta semana. Estamos hasta los cojones.

Te mandamos otra jarra del pedido {o} el lunes, sin coste.

Quique, Cerámica del Sur""", ["BSM306"], "Spanish profanity in a reply.")

# 33 BSM104 greeting in Spanish, body in English
m("delivery-delay", "text", "Pedido {o}",
"""Hola:

Your order {o} will ship on 15 December instead of 10 December because our supplier has run into delays. We apologise for any inconvenience.

Best regards,
Blue Harbour Trading Ltd""", ["BSM104"], "Spanish greeting but the body is in English.")

# 34 BSM309 national
m("additional-information", "text", "Pedido {o} – dirección incompleta",
"""Hola:

En la dirección de entrega del pedido {o} falta el piso y la puerta. Si te resulta más cómodo, llámanos al 912 345 678 (de 9 a 18 h) y lo dejamos resuelto.

Gracias,
Jardín Fácil""", ["BSM309"], "Seller phone number in national format.")

# 35 BSM309 international
m("reply", "text", "Re: medidas del marco – {o}",
"""Hola:

El marco del pedido {o} mide 50 x 70 cm por fuera. Si tienes más dudas, escríbeme por WhatsApp al +34 655 21 87 40 y te respondo al momento.

Un saludo,
Pablo – Marcos y Molduras Pablo""", ["BSM309"], "Mobile number in international format.")

# 36 BSM308 plain email
m("return-follow-up", "text", "Devolución – pedido {o}",
"""Buenos días:

Para completar la devolución del pedido {o} necesitamos una foto del número de serie. ¿Puede enviarla a devoluciones@electrohogar-dist.es?

Gracias,
Electro Hogar Distribución""", ["BSM308"], "Plain e-mail address in a return follow-up.")

# 37 BSM308 arroba
m("reply", "text", "Re: pedidos para empresa – {o}",
"""Hola:

Para un presupuesto de regalos de empresa (a raíz del pedido {o}), escribe a ventas arroba turronesvidal punto es y te atiende Carmen.

Un saludo,
Turrones Vidal Jijona""", ["BSM308"], "Obfuscated e-mail address with 'arroba' and 'punto'.")

# 38 BSM302 https seller link
m("reply", "html", "Re: curado de la sartén – {o}",
"""<p>Hola:</p>
<p>Para la sartén de hierro de tu pedido {o} tienes todos los pasos en nuestra <a href="https://www.cocinaconfuego.es/guia-curado-hierro">guía de curado de sartenes de hierro</a>.</p>
<p>¡Que aproveche!<br>Cocina con Fuego</p>""",
["BSM302"], "Descriptive https link to the seller's own site.")

# 39 BSM301 http amazon link
m("review-request", "html", "Pedido {o} – tu opinión",
"""<p>Hola:</p>
<p>Hace unos días que recibiste el juego de pinceles (pedido {o}). Si te apetece, cuéntanos qué tal:</p>
<p><a href="http://www.amazon.es/review/create-review?asin=B0B6RT2XKP">Opinar sobre el juego de pinceles en Amazon</a></p>
<p>Gracias,<br>Bellas Artes Goya</p>""",
["BSM301"], "Amazon link over http.")

# 40 BSM310 product image
m("delivery-delay", "html", "Tu cómoda – pedido {o}",
"""<p>Hola:</p>
<p>La cómoda restaurada de tu pedido {o} necesita tres días más de secado del barniz. Saldrá el 17 de diciembre.</p>
<p><img src="https://img.envialo-cdn.net/u/7781/comoda-nogal-restaurada.jpg" alt="Foto de tu cómoda de nogal restaurada"></p>
<p>Un saludo,<br>Anticuario El Rastro de Pilar</p>""",
["BSM310"], "Photo of the purchased product.")

# 41 BSM311 unrelated image
m("delivery-delay", "html", "Pedido {o}: un poquito más de paciencia",
"""<p>Hola:</p>
<p>Con las fiestas, tu pedido {o} saldrá el 21 de diciembre en vez del 16.</p>
<p><img src="https://img.envialo-cdn.net/stock/arbol-navidad-nieve.jpg" alt="Árbol de Navidad nevado"></p>
<p>¡Felices fiestas!<br>Juguetes de Madera Pinocho</p>""",
["BSM311"], "Unrelated stock Christmas-tree image.")

# 42 BSM402 logo alt empty
m("additional-information", "html", "Pedido {o} – color del lazo",
"""<p><img src="https://img.envialo-cdn.net/u/6602/detalles-boda-logo.png" alt=""></p>
<p>Hola:</p>
<p>Para el envoltorio de regalo del pedido {o}, ¿prefieres lazo rojo o dorado?</p>
<p>Gracias,<br>Detalles de Boda Lola</p>""",
["BSM402"], "Shop logo with empty alt.")

# 43 BSM403 emoji
m("delivery-delay", "text", "Tu pedido {o} va con algo de retraso",
"""¡Hola!

Tu kit de punto (pedido {o}) saldrá finalmente el 14 de diciembre, el proveedor de lanas se ha retrasado 😬 ¡Lo sentimos!

Besos,
Ovillos de Marta""", ["BSM403"], "Contains an emoji.")

# 44 BSM403 emoticon
m("reply", "text", "Re: color – {o}",
"""Hola:

El color «mostaza» del pedido {o} es un amarillo tostado, algo más apagado que en la foto. ¡Ya verás qué bonito queda! :D

Elena, Textil Hogar Alba""", ["BSM403"], "Contains the emoticon ':D'.")

# 45 BSM410 four sizes
m("delivery-delay", "html", "Pedido {o}: envío aplazado",
"""<style>
.cabecera { font-size: 27px; }
.subcabecera { font-size: 18px; }
.cuerpo { font-size: 14px; }
.legal { font-size: 10px; }
</style>
<p class="cabecera">Aviso de retraso</p>
<p class="subcabecera">Pedido {o}</p>
<p class="cuerpo">Hola, tu panificadora se enviará el 18 de diciembre en lugar del 12. Disculpa la espera.</p>
<p class="legal">Menaje Castilla, S.L. – CIF B47123456</p>""",
["BSM410"], "Style block with four explicit font sizes.")

# 46 BSM412 empty paragraphs
m("additional-information", "html", "Pedido {o} – medida de la cortina",
"""<p>Hola:</p>
<p>Para la cortina a medida del pedido {o} necesitamos el alto exacto de la ventana en centímetros.</p>
<p></p>
<p>&nbsp;</p>
<p>Gracias,<br>Cortinas a Medida Paredes</p>""",
["BSM412"], "Empty paragraphs between paragraphs.")

# 47 BSM110 [Importante] on a reply
m("reply", "text", "[Importante] Re: tallaje – pedido {o}",
"""Hola:

Las zapatillas del pedido {o} tallan normal; si usas un 41 en otras marcas, el 41 te quedará bien.

Saludos,
Moda Sur Outlet""", ["BSM110"], "[Importante] on a reply to a sizing question, which is not critical.")

# 48 BSM401 'aquí'
m("review-request", "html", "Tu reseña del pedido {o}",
"""<p>Hola:</p>
<p>La almohada viscoelástica de tu pedido {o} llegó hace unos días. Puedes dejar tu opinión en Amazon <a href="https://www.amazon.es/review/create-review?asin=B0DN4KQ8TY">aquí</a>.</p>
<p>Buenas noches,<br>Descanso Plus</p>""",
["BSM401"], "Non-descriptive 'aquí' link text.")

# 49 vary: form (active content)
m("additional-information", "html", "Pedido {o}: elige el color",
"""<p>Hola:</p>
<p>Para tu silla del pedido {o}, marca el color de la tapicería y pulsa enviar:</p>
<form method="post">
<label><input type="radio" name="color" value="gris"> Gris</label>
<label><input type="radio" name="color" value="verde"> Verde</label>
<input type="submit" value="Enviar">
</form>
<p>Gracias,<br>Muebles Hermanos Gil</p>""",
["BSM312"], "Embedded HTML form.")

# 50 vary: wide margins
m("delivery-delay", "html", "Pedido {o}: nueva fecha",
"""<div style="padding: 0 140px;">
<p>Hola:</p>
<p>La estantería de tu pedido {o} se enviará el 19 de diciembre en lugar del 14, por un retraso en el lacado.</p>
<p>Disculpa las molestias,<br>Carpintería Hermanos Soler</p>
</div>""",
["BSM405"], "Container with 140 px of padding on each side.")


MESSAGES = []
for _i, (_t, _f, _s, _b, _e, _note, _loc) in enumerate(_RAW, 1):
    _o = _oid(_i)
    _nohy = _o.replace("-", "")
    MESSAGES.append({
        "id": "v22-%s-%03d" % (LANG, _i),
        "language": LANG,
        "locale": _loc,
        "type": _t,
        "format": _f,
        "subject": _s.replace("{o}", _o).replace("{n}", _nohy),
        "body": _b.replace("{o}", _o).replace("{n}", _nohy),
        "order_id": _o,
        "expected": _e,
        "note": _note,
    })
