"""v20 blind evaluation set: Spanish (es) messages."""

LANG = "es"


def _oid(n):
    return "515-%07d-%07d" % ((n * 8111 + 6021937) % 10000000, (n * 77591 + 4402816) % 10000000)


def _m(n, typ, fmt, subject, body, expected, note, locale="es-ES"):
    oid = _oid(n)
    flat = oid.replace("-", "")
    sub = subject.replace("{o}", oid).replace("{flat}", flat)
    bod = body.replace("{o}", oid).replace("{flat}", flat)
    return {
        "id": "v20-es-%03d" % n,
        "language": LANG,
        "locale": locale,
        "type": typ,
        "format": fmt,
        "subject": sub,
        "body": bod,
        "order_id": oid,
        "expected": sorted(expected),
        "note": note,
    }


_R = []
a = _R.append

# ---------------------------------------------------------------- clean (17)
a(_m(1, "delivery-delay", "text", "Pedido {o}: nos retrasamos un poco",
"""Hola, Lucía:

Te escribimos porque las sandalias que pediste nos llegan del taller con unos días de retraso. En lugar del lunes, saldrán el jueves 17 de diciembre.

Perdona la espera, preferíamos avisarte antes de que te extrañara.

Un saludo,
Marta
Alpargatas La Ribera""",
[], "Informal plain-text delivery delay with a new ship date."))

a(_m(2, "delivery-delay", "html", "Novedades sobre su pedido {o}",
"""<p>Estimado cliente:</p>
<p>Le informamos de que la salida de su pedido se retrasa por una incidencia en el almacén de nuestro proveedor.</p>
<table>
<tr><td>Artículo</td><td>Cafetera italiana de acero 9 tazas</td></tr>
<tr><td>Fecha de envío prevista</td><td>09/12/2026</td></tr>
<tr><td>Nueva fecha de envío</td><td>16/12/2026</td></tr>
</table>
<p>No tiene que hacer nada: el pedido sigue activo y saldrá en cuanto recibamos la mercancía.</p>
<p>Atentamente,<br>Atención al cliente - Menaje Sevilla</p>""",
[], "HTML delivery delay with a plain table."))

a(_m(3, "order-problem", "text", "[Importante] Pedido {o}: artículo sin stock",
"""Estimado Sr. Navarro:

Sentimos comunicarle que no podemos servir la bicicleta estática que encargó: la última unidad llegó dañada del proveedor y el modelo está descatalogado.

Ya hemos ajustado el importe total del pedido {o} (189,00 €) en Seller Central con el motivo "sin existencias". El reembolso aparecerá en su método de pago en unos días hábiles.

Disculpe las molestias.
Javier Ortega
Fitness Norte S.L.""",
[], "Order problem with [Importante], confirms the order amount was adjusted for no inventory."))

a(_m(4, "additional-information", "text", "Pedido {o} - necesitamos un dato",
"""Hola:

Para bordar las toallas nos falta saber qué iniciales quieres y en qué color de hilo (blanco, gris perla o azul marino).

Contéstanos por aquí y nos ponemos con ello.

Gracias,
Nuria - Bordados Nuria""",
[], "Request for embroidery details needed to complete the order."))

a(_m(5, "return-follow-up", "text", "Devolución del pedido {o}",
"""Buenos días, Sra. Molina:

Hemos visto su solicitud de devolución de la lámpara por el arañazo en la base. Si prefiere quedársela, le podemos reembolsar 18 € y no tiene que enviarnos nada.

Si no, seguimos con la devolución tal como la pidió. Usted decide.

Un saludo,
Luz de Barro""",
[], "Return follow-up offering a partial refund."))

a(_m(6, "return-follow-up", "text", "Su devolución - pedido {o}",
"""Hola:

Hemos recibido tu solicitud de devolución del abrigo. Para poder tramitarla necesitamos saber si el problema es de talla o de algún defecto, y en ese caso en qué parte de la prenda.

Gracias por contestarnos,
Equipo Lanas del Norte""",
[], "Return follow-up asking for information needed to complete the return."))

a(_m(7, "invoice", "text", "Factura F-2026/12/0184 - pedido {o}",
"""Buenos días:

Adjuntamos la factura F-2026/12/0184, de fecha 03/12/2026, correspondiente a su pedido {o}.

Base imponible: 247,93 €
IVA (21 %): 52,07 €
Total: 300,00 €

Reciba un cordial saludo,
Departamento de administración

Suministros Hidráulicos Levante, S.L.
C/ de Colón, 24, 3.º B, 46004 Valencia
CIF B98765432
Inscrita en el Registro Mercantil de Valencia, tomo 10234, folio 88, hoja V-176543""",
[], "Invoice with CIF, Registro Mercantil data and an invoice number with slashes."))

a(_m(8, "review-request", "text", "¿Qué tal tu pedido {o}?",
"""Hola:

Hace unos días que te llegó el aceite de oliva de nuestra almazara. Si te apetece, cuéntalo en una reseña en Amazon: le sirve de mucho a quien todavía no se decide.

Un saludo desde Jaén,
Almazara Los Olivares""",
[], "Neutral one-off review request in text."))

a(_m(9, "review-request", "html", "Su opinión sobre el pedido {o}",
"""<p><img src="https://cdn.ceramica-talavera-vega.es/marca/logo-ceramica-vega.png" alt="Cerámica Vega" width="170" height="60"></p>
<p>Buenos días:</p>
<p>Esperamos que ya esté usando su vajilla. Sea cual sea su impresión, compartirla en Amazon ayuda a otros compradores a decidirse.</p>
<p><a href="https://www.amazon.es/review/review-your-purchases/?asin=B0BQ4R9W7T">Escribir una opinión en Amazon</a></p>
<p>Gracias,<br>Cerámica Vega</p>""",
[], "HTML review request with shop logo (alt names shop) and descriptive https Amazon link."))

a(_m(10, "delivery-scheduling", "text", "Entrega de su colchón - pedido {o}",
"""Buenas tardes, Sr. Castillo:

Su colchón de 150 x 190 lo entrega nuestra agencia de gran volumen, con subida a domicilio. Tenemos estos huecos:

- martes 15/12, de 9:00 a 14:00
- miércoles 16/12, de 16:00 a 20:00
- viernes 18/12, de 9:00 a 14:00

Díganos cuál le viene mejor y si hay ascensor en el edificio.

Atentamente,
Descanso Total""",
[], "Scheduling delivery of a bulky mattress with dates and time slots."))

a(_m(11, "home-service-appointment", "text", "Cita de instalación - pedido {o}",
"""Hola:

El técnico puede pasar a instalar el aire acondicionado en estas fechas:

lunes 14 de diciembre, entre las 8:30 y las 11:30
jueves 17 de diciembre, entre las 15:00 y las 18:00

Calcula unas dos horas de trabajo. Responde con la que prefieras y te confirmamos la cita.

Saludos,
Clima Hogar Instalaciones""",
[], "Home-service installation appointment with time slots."))

a(_m(12, "custom-design-verification", "html", "Prueba de diseño para revisar - pedido {o}",
"""<p>Hola, Andrea:</p>
<p>Te mandamos la prueba de las tazas personalizadas (archivo adjunto prueba_tazas_boda_AyD.pdf).</p>
<ul>
<li>Texto: "Andrea y Diego - 12.06.2027"</li>
<li>Tipografía: la manuscrita que elegiste</li>
<li>Cantidad: 24 tazas</li>
</ul>
<p>Revisa bien nombres y fecha. Si todo está bien, contéstanos con un "OK" y pasamos a producción.</p>
<p>Un abrazo,<br>Taller Tazas Bonitas</p>""",
[], "Custom design proof attachment for approval."))

a(_m(13, "fulfillment-question", "text", "Pedido {o} - acceso a su edificio",
"""Buenos días:

Para la entrega de su estantería, que se hará con cita previa, necesitamos el código de acceso del portal y saber si hay conserje. Su dirección figura como urbanización privada.

Referencia de su entrega: ENT-2026-30917, ruta 12/B.

Gracias,
Muebles Gredos""",
[], "Door-code question with reference numbers, nothing shipped yet."))

a(_m(14, "reply", "text", "Re: Pregunta sobre el juego - {o}",
"""Hola, Sr. Ramos:

Sí, la caja que recibió es la edición internacional, con el título en inglés, "Exploding Kittens: Party Pack". Dentro viene un reglamento en castellano, así que puede jugar sin problema.

Que lo disfruten,
Juegos La Peonza""",
[], "Reply quoting an English product title inside Spanish sentences."))

a(_m(15, "reply", "text", "Re: La batidora no funciona - {o}",
"""Buenos días:

Lamentamos la avería. La batidora tiene dos años de garantía del fabricante; lo más rápido es llamar al teléfono de garantía del fabricante (servicio técnico oficial de Mixora): 900 102 334, de lunes a viernes de 9:00 a 19:00, con su número de pedido {o}.

Si no le dan solución, escríbanos de nuevo por aquí.

Un saludo,
Cocina y Más""",
[], "Reply giving the manufacturer's warranty line, marked as such."))

a(_m(16, "reply", "text", "Re: Datos fiscales - pedido {o}",
"""Hola, Sra. Gil:

Le dejamos nuestros datos completos para su gestoría:

Papelería Técnica Ebro, S.L.
Paseo de la Independencia, 18, 5.º izda., 50004 Zaragoza
NIF B50123456
Registro Mercantil de Zaragoza, tomo 4120, folio 31, hoja Z-58210

La factura lleva los mismos datos.

Atentamente,
Elena Pardo, gerente""",
[], "Reply with Spanish company details (NIF, Registro Mercantil)."))

a(_m(17, "reply", "text", "Re: ¿Cuándo me devolvéis el dinero? - {o}",
"""Hola, Pablo:

Tu devolución (n.º DEV-2026-5521) entró en nuestro almacén de Getafe el 02/12/2026 a las 11:15, con el seguimiento de Correos PK4A2B0031872.

El reembolso de 42,95 € (gastos de envío incluidos) se emitió el 03/12. Según tu banco, tardará entre 3 y 5 días hábiles en aparecer.

Un saludo,
Deportes Meseta - atención al cliente""",
[], "Reply with return and tracking numbers, dates, times and amounts."))

# ---------------------------------------------------------- violations (31)
a(_m(18, "fulfillment-question", "text", "¡Tu pedido {o} ya viaja hacia ti!",
"""¡Hola!

Tu pedido salió esta mañana de nuestro almacén y ya lo tiene SEUR. En 24-48 h lo tienes en casa.

Equipo Cosmética Natural Lúa""",
["BSM201"], "Shipment confirmation: left the warehouse, with the carrier."))

a(_m(19, "additional-information", "text", "Pedido {o} recibido",
"""Buenos días:

Le confirmamos que hemos recibido su pedido correctamente y que ya lo estamos preparando.

Saludos cordiales,
Vinos Ribera Selección""",
["BSM201"], "Order received and being prepared."))

a(_m(20, "reply", "text", "¡Gracias! - {o}",
"""¡Hola!

Mil gracias por confiar en nuestra tiendecita, de verdad.

Un abrazo,
Velas Mediterráneo""",
["BSM202"], "Thanks only."))

a(_m(21, "fulfillment-question", "text", "Pedido {o}",
"""Hola:

Solo queríamos recordarte que, si surge cualquier problema con tu compra, aquí nos tienes.

Saludos,
Ferretería El Clavo""",
["BSM202"], "Only offers help if a problem comes up."))

a(_m(22, "delivery-delay", "text", "Su pedido {o} saldrá más tarde",
"""Buenos días:

Su set de cuchillos saldrá con retraso, el 14 de diciembre, por un problema con el afilado del lote.

Disculpe las molestias.

Cuchillería Albacete

P. D.: Esta semana tenemos un 20 % de descuento en toda la tienda con el código NAVIDAD20.""",
["BSM203"], "Delay message with a 20 % off P.S. for the whole shop."))

a(_m(23, "reply", "html", "Re: Talla del vestido - {o}",
"""<p>Hola, Carmen:</p>
<p>El vestido talla un poco grande; si dudas entre dos tallas, quédate con la pequeña.</p>
<p>¡Por cierto! Acabamos de lanzar la nueva colección de invierno. Síguenos en Instagram (@moda_azahar) y suscríbete a nuestra newsletter para enterarte antes que nadie.</p>
<p>Moda Azahar</p>""",
["BSM203"], "Reply with new collection, follow us and newsletter invitation."))

a(_m(24, "review-request", "text", "Un detalle para ti - pedido {o}",
"""Hola:

Si dejas una reseña de tu funda de portátil, en cuanto la veamos publicada te mandamos un regalito como agradecimiento.

Fundas Kraft""",
["BSM204"], "Small gift promised once the review is published."))

a(_m(25, "review-request", "text", "Pedido {o}: le devolvemos el importe",
"""Buenos días:

Le reembolsamos el importe completo de su cargador en cuanto su reseña esté publicada en Amazon. Solo tiene que respondernos con el enlace.

Un saludo,
PowerCell España""",
["BSM204"], "Full refund offered as soon as the review is online."))

a(_m(26, "reply", "text", "Re: Incidencia pedido {o}",
"""Hola, Sr. Herrero:

Nos alegra que el cambio de la mochila se haya resuelto. Ya que todo está arreglado, ¿podría cambiar su valoración de una estrella o, si lo prefiere, eliminarla?

Muchas gracias,
Mochilas Pirineo""",
["BSM205"], "Asks to change or delete a one-star review."))

a(_m(27, "review-request", "text", "¿Le ha gustado? - pedido {o}",
"""Buenos días:

Si está contento con su plancha de pelo, nos encantaría que dejara una reseña en Amazon. Y si algo no le ha convencido, antes de opinar escríbanos a nosotros y lo solucionamos.

Belleza Pro""",
["BSM206"], "Review only if satisfied, unhappy buyers steered to contact the seller."))

a(_m(28, "review-request", "html", "¿Nos regalas 5 estrellas? - pedido {o}",
"""<p>¡Hola!</p>
<p>Tus zapatillas ya llevan unos días contigo. Si te gustan, déjanos cinco estrellas en Amazon: a una tienda pequeña como la nuestra le cambia la vida.</p>
<p><a href="https://www.amazon.es/review/review-your-purchases/?asin=B0C3JX8P2R">Valorar mi compra en Amazon</a></p>
<p>Zapatillas Brisa</p>""",
["BSM206"], "Asks for a five-star rating."))

a(_m(29, "delivery-delay", "text", "Pedido {o} - producto agotado",
"""Hola:

Se nos ha agotado la freidora de aire que pediste y no volveremos a tenerla hasta mediados de enero, así que el envío se iría más de un mes.

Para no hacerte esperar, lo más rápido es que canceles tú mismo el pedido desde tu cuenta de Amazon.

Saludos,
Electro Outlet Murcia""",
["BSM108"], "Out of stock: advises the buyer to cancel themselves."))

a(_m(30, "order-problem", "text", "Problema con su pedido {o}",
"""Estimada cliente:

Lamentablemente el robot aspirador que pidió ya no está disponible en nuestro almacén.

Le agradeceríamos que solicitara usted la cancelación del pedido desde Amazon; así el trámite es más rápido.

Disculpe las molestias,
Hogar Smart""",
["BSM107", "BSM108"], "Order problem asking the buyer to request cancellation, no adjustment mentioned."))

a(_m(31, "review-request", "text", "Su opinión - pedido {o}",
"""Hola:

Ya tiene en casa su termo de acero. Si le apetece, puede contar su experiencia en Amazon.

Si no quiere recibir más mensajes nuestros, responda BAJA.

Termos Montaña""",
["BSM305"], "Review request with an opt-out instruction (reply BAJA)."))

a(_m(32, "reply", "text", "Re: Mi paquete no llega - {o}",
"""Buenas:

Hemos reclamado tres veces a la puta agencia de transporte y ni caso, joder. En cuanto sepamos algo te decimos la nueva fecha.

Recambios Moto Galicia""",
["BSM306"], "Reply with Spanish profanity about the carrier."))

a(_m(33, "delivery-delay", "text", "Order {o} - shipping delay",
"""Hi there,

We're sorry, but your leather wallet will be dispatched a little later than expected, on Tuesday 15 December, due to a supplier delay.

Thanks for your patience.

Best regards,
Marroquinería Ubrique""",
["BSM104"], "Whole message in English to a Spanish-locale buyer."))

a(_m(34, "reply", "text", "Re: Montaje de la cuna - {o}",
"""Hola:

Para el montaje lo más fácil es que nos llames a la tienda al 963 12 45 78 y te guiamos paso a paso.

Saludos,
Bebé Valencia""",
["BSM309"], "Shop phone number in Spanish national format."))

a(_m(35, "additional-information", "text", "Pedido {o} - falta el piso",
"""Buenos días:

En la dirección de entrega no aparece el piso ni la puerta. Díganoslo por aquí o mándenos un WhatsApp al +34 612 34 56 78.

Gracias,
Floristería Jazmín""",
["BSM309"], "Mobile number in international format."))

a(_m(36, "return-follow-up", "text", "Devolución {o} - fotos",
"""Hola:

Para completar la devolución de la aspiradora necesitamos un par de fotos del fallo. ¿Nos las puedes mandar a devoluciones@limpiezatotal-shop.es?

Gracias,
Limpieza Total""",
["BSM308"], "Plain e-mail address in the text."))

a(_m(37, "reply", "text", "Re: Factura a nombre de empresa - {o}",
"""Buenos días:

Para la factura a nombre de su empresa, escriba a administración: facturas arroba bodegasaldana punto com, indicando su número de pedido.

Un saludo,
Bodegas Saldaña""",
["BSM308"], "Obfuscated e-mail address with 'arroba' and 'punto'."))

a(_m(38, "delivery-delay", "html", "Pedido {o}: nueva fecha de envío",
"""<p>Hola:</p>
<p>Tu kit de repostería saldrá el 15 de diciembre en vez del 10.</p>
<p>Mientras tanto, echa un vistazo a <a href="https://www.horno-de-la-abuela.es/blog/recetas">las recetas del blog de Horno de la Abuela</a>.</p>
<p>Un saludo,<br>Horno de la Abuela</p>""",
["BSM302"], "Descriptive https link to the seller's blog, not needed for the order."))

a(_m(39, "reply", "html", "Re: ¿Dónde veo mi pedido? - {o}",
"""<p>Buenos días:</p>
<p>Puede consultar el estado en <a href="http://www.amazon.es/gp/your-account/order-history">Mis pedidos en Amazon</a>.</p>
<p>Atentamente,<br>Informática Tajo</p>""",
["BSM301"], "Descriptive Amazon link over http."))

a(_m(40, "delivery-delay", "html", "Pedido {o} - pequeño retraso",
"""<p>Hola:</p>
<p><img src="https://media.sombreros-segovia.es/productos/sombrero-panama-natural-ala-ancha.jpg" alt="Sombrero Panamá natural de ala ancha" width="250"></p>
<p>Tu sombrero Panamá saldrá el 14/12 en lugar del 10/12; estamos terminando el ribete a mano.</p>
<p>Sombreros Segovia</p>""",
["BSM310"], "Photo of the purchased product (file and alt name it)."))

a(_m(41, "review-request", "html", "Su experiencia con el pedido {o}",
"""<p><img src="https://images.free-stock-gallery.com/navidad/arbol-navidad-luces.jpg" alt="Árbol de Navidad con luces" width="300"></p>
<p>Buenos días:</p>
<p>Si tiene un momento, nos ayudaría que compartiera su opinión sobre la compra en Amazon.</p>
<p>Regalos Artesanos Cuenca</p>""",
["BSM311"], "Stock Christmas tree image unrelated to the shop."))

a(_m(42, "additional-information", "html", "Pedido {o} - elija el acabado",
"""<p><img src="https://cdn.carpinteria-robles.es/logo-carpinteria-robles.png" width="150"></p>
<p>Buenos días:</p>
<p>Para la mesa que encargó nos falta saber el acabado: ¿barniz mate o aceite natural?</p>
<p>Carpintería Robles</p>""",
["BSM402"], "Shop logo image with no alt attribute."))

a(_m(43, "delivery-delay", "text", "Pedido {o} - llega un pelín más tarde 🙏",
"""¡Hola!

Tu turrón artesano sale el viernes 11 en lugar del miércoles, que el obrador va a tope estos días 🍬🎄

Gracias por la paciencia,
Turrones Jijona Casa Pérez""",
["BSM403"], "Emoji in subject and body."))

a(_m(44, "reply", "text", "Re: Color del jersey - {o}",
"""Hola:

Sí, el color es exactamente el de la foto, sin sorpresas :-D

Punto y Lana""",
["BSM403"], "Text emoticon :-D in a reply."))

a(_m(45, "delivery-scheduling", "html", "Entrega de su sofá - pedido {o}",
"""<style>
.cabecera { font-size: 23px; }
.cuerpo { font-size: 15px; }
.huecos { font-size: 19px; }
.legal { font-size: 10px; }
</style>
<p class="cabecera">Elija el día de entrega</p>
<p class="cuerpo">Buenos días: su sofá de tres plazas lo entrega nuestra agencia de gran volumen. Tenemos estos huecos:</p>
<p class="huecos">lunes 14/12 por la mañana o jueves 17/12 por la tarde</p>
<p class="legal">La agencia avisará una hora antes de llegar.</p>""",
["BSM410"], "Four explicit font sizes in a style block."))

a(_m(46, "delivery-delay", "html", "Su pedido {o}",
"""<p>Hola:</p>
<p>Su alfombra de yute saldrá con una semana de retraso, el 16 de diciembre.</p>
<p></p>
<p>&nbsp;</p>
<p>Disculpe las molestias.</p>
<p>Alfombras Nazarí</p>""",
["BSM412"], "Empty paragraphs between paragraphs."))

a(_m(47, "return-follow-up", "text", "[Importante] Devolución del pedido {o}",
"""Hola:

Para cerrar la devolución de los auriculares, ¿nos puede decir si incluyó el estuche de carga en la caja?

Gracias,
Sonido Directo""",
["BSM110"], "[Importante] tag on a return follow-up, which is not critical."))

a(_m(48, "return-follow-up", "html", "Devolución - pedido {o}",
"""<p>Hola:</p>
<p>Para completar la devolución necesitamos el motivo exacto (talla, defecto u otro). Puedes indicarlo en tu solicitud: <a href="https://www.amazon.es/gp/css/returns/homepage.html">haz clic aquí</a>.</p>
<p>Gracias,<br>Moda Gran Vía</p>""",
["BSM401"], "Link text 'haz clic aquí' does not say where it goes."))

# ------------------------------------------------------------ variants (2)
a(_m(49, "delivery-delay", "html", "Pedido {o}: cambio de fecha",
"""<div style="padding: 0 140px;">
<p>Buenos días:</p>
<p>Su juego de sábanas de algodón egipcio saldrá el 15 de diciembre en lugar del 10, por un retraso en el tinte.</p>
<p>Disculpe la espera,<br>Textil Hogar Béjar</p>
</div>""",
["BSM405"], "Wrapper with 140 px padding on each side."))

a(_m(50, "delivery-delay", "html", "Retraso en su pedido {o}",
"""<p><img src="https://cdn.jabones-alhambra.es/marca/cabecera-jabones-alhambra.png" alt="Jabones Alhambra" width="580" height="120"></p>
<p>Buenos días:</p>
<p>Su lote de jabones de aceite de oliva saldrá el 14 de diciembre: el curado de esta tanda necesita unos días más.</p>
<p>Un saludo,<br>Jabones Alhambra</p>""",
["BSM406"], "Shop banner image 580 px wide, over 80 % of 600 px."))

MESSAGES = _R
