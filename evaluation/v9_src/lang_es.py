"""v9 blind evaluation set, Spanish (es-ES)."""
import random

_r = random.Random(407)
O = []
while len(O) < 50:
    o = "407-%07d-%07d" % (_r.randrange(10**7), _r.randrange(10**7))
    if o not in O:
        O.append(o)


def m(n, type_, fmt, subject, body, expected, note):
    o = O[n - 1]
    return {"id": "v9-es-%03d" % n, "language": "es", "locale": "es-ES", "type": type_,
            "format": fmt, "subject": subject.replace("{o}", o), "body": body.replace("{o}", o),
            "order_id": o, "expected": sorted(expected), "note": note}


MESSAGES = [
# ---------------- clean (1-17) ----------------
m(1, "delivery-delay", "text", "Pedido {o}: retraso en el envío",
"""Hola, Lucía:

Te escribimos porque la sartén de hierro fundido de 28 cm de tu pedido {o} va a salir con unos días de retraso: la fundición de Vitoria nos ha entregado el lote más tarde de lo previsto.

La nueva fecha de envío es el lunes 14 de diciembre y la entrega estimada, entre el 16 y el 17.

Perdona las molestias.

Un saludo,
Iñaki Etxeberria
Cocina de Hierro Etxeberria""", [], "Clean plain-text delivery delay with new dates."),

m(2, "delivery-delay", "html", "Novedades sobre su pedido {o}",
"""<p>Estimado Sr. Navarro:</p>
<p>Le informamos de que la mochila de cuero de su pedido <b>{o}</b> sigue en nuestro taller de Ubrique; el curtido del último lote ha necesitado más tiempo del habitual.</p>
<table cellpadding="4">
<tr><td>Nueva fecha de envío</td><td>15/12/2026</td></tr>
<tr><td>Entrega estimada</td><td>antes del 18/12/2026</td></tr>
</table>
<p>Lamentamos el retraso.</p>
<p>Atentamente,<br>Rocío Jiménez<br>Marroquinería Ubrique Artesana</p>""", [], "Clean HTML delivery delay with a table."),

m(3, "order-problem", "text", "[Importante] Pedido {o}: artículo no disponible",
"""Estimado cliente:

Sentimos comunicarle que la cafetera de goteo de su pedido {o} ya no está disponible: la última unidad del almacén ha llegado dañada.

Por ello hemos ajustado el importe total del pedido en Seller Central con el motivo «sin existencias». El reembolso completo de 49,95 € aparecerá en su método de pago en un plazo de 3 a 5 días hábiles.

Disculpe las molestias.

El equipo de Electrohogar Sánchez""", [], "Clean order problem with [Importante] and the amount adjusted."),

m(4, "additional-information", "text", "Pedido {o}: nos falta un dato",
"""Buenos días, Javier:

Para grabar la pulsera de tu pedido {o} necesitamos el texto del grabado; el campo de personalización nos ha llegado vacío.

¿Nos indicas el nombre o la fecha que quieres (máximo 20 caracteres)? En cuanto respondas, la pieza pasa al taller.

Gracias,
Marta - Joyería Alba de Sevilla""", [], "Clean request for missing personalisation text."),

m(5, "return-follow-up", "text", "Su solicitud de devolución - pedido {o}",
"""Estimada Sra. Romero:

Hemos revisado su solicitud de devolución de la lámpara de sobremesa (pedido {o}), en la que nos indica que la pantalla tiene un pequeño arañazo.

Si prefiere quedarse con la lámpara, podemos ofrecerle un reembolso parcial de 12,00 €. Si le parece bien, basta con que responda «de acuerdo» a este mensaje; si no, la devolución seguirá su curso habitual.

Quedamos a la espera de su respuesta.

Atentamente,
Pablo Ortega
Iluminación Ortega""", [], "Clean return follow-up offering a partial refund."),

m(6, "return-follow-up", "html", "Devolución del pedido {o}: una consulta",
"""<p>Buenos días:</p>
<p>Estamos tramitando la devolución de la batidora de vaso (pedido {o}). Para poder cerrarla necesitamos saber:</p>
<ul>
<li>si en la caja van también la jarra y la tapa dosificadora;</li>
<li>el motivo de la devolución (avería, desistimiento u otro).</li>
</ul>
<p>Muchas gracias por su colaboración.</p>
<p>Sergio<br><small>Pequeño Electrodoméstico Levante, S.L.</small></p>""", [], "Clean HTML return follow-up asking for information."),

m(7, "invoice", "text", "Factura FV/2026/001234 - pedido {o}",
"""Estimado cliente:

Le adjuntamos la factura FV/2026/001234, de fecha 04/12/2026, correspondiente a su pedido {o}.

Base imponible: 165,29 €
IVA (21 %): 34,71 €
Total: 200,00 €

Suministros de Oficina Castilla, S.L.
C/ de Alcalá, 123, 2.º B, 28009 Madrid
CIF B12345678
Inscrita en el Registro Mercantil de Madrid, tomo 34567, folio 89, hoja M-621043

Un saludo,
Departamento de Administración""", [], "Clean invoice with CIF, Registro Mercantil and a slashed invoice number."),

m(8, "review-request", "text", "Su opinión sobre el pedido {o}",
"""Hola:

Hace unos días recibiste la tabla de cortar de madera de olivo de tu pedido {o}. Si tienes un momento, puedes dejar tu opinión en la página del producto desde «Mis pedidos» en tu cuenta de Amazon; cualquier valoración, buena o mala, ayuda a otros compradores.

Gracias por tu tiempo,
Olivar Artesano""", [], "Clean neutral plain-text review request."),

m(9, "review-request", "html", "Pedido {o}: ¿qué le ha parecido?",
"""<img src="https://m.media-amazon.com/images/G/30/sellers/mantas-del-pirineo-logo.png" alt="Logotipo de Mantas del Pirineo" width="150">
<p>Estimada Sra. Molina:</p>
<p>La manta de lana de su pedido {o} le llegó la semana pasada. Nos gustaría conocer su opinión sincera, sea cual sea.</p>
<p><a href="https://www.amazon.es/review/review-your-purchases?orderId={o}">Escribir una opinión en Amazon.es</a></p>
<p>Nuria Puig<br>Mantas del Pirineo</p>""", [], "Clean HTML review request with shop logo and descriptive Amazon link."),

m(10, "delivery-scheduling", "text", "Entrega con cita previa - pedido {o}",
"""Buenos días, Sr. Gil:

El armario de su pedido {o} (3 bultos, unos 110 kg) lo entrega nuestra agencia de transporte especializada con cita previa y subida a domicilio.

Tenemos estas franjas disponibles:
- martes 15 de diciembre, de 8:00 a 12:00
- miércoles 16 de diciembre, de 15:00 a 19:00
- sábado 19 de diciembre, de 9:00 a 13:00

Indíquenos la que mejor le venga, la planta y si el edificio tiene ascensor.

Gracias,
Álvaro - Muebles Roble Castilla""", [], "Clean bulky-item delivery scheduling with slots."),

m(11, "home-service-appointment", "text", "Cita para la instalación - pedido {o}",
"""Estimado cliente:

Con su pedido {o} contrató también la instalación de la lavadora. Nuestro técnico puede pasar en estas fechas:

jueves 10/12, de 10:00 a 13:00
lunes 14/12, de 16:00 a 19:00

Responda a este mensaje con la opción que prefiera y le confirmamos la cita.

Un saludo,
Servicios Técnicos Valencia Hogar""", [], "Clean home-service appointment with two slots."),

m(12, "custom-design-verification", "text", "Prueba de diseño para revisar - pedido {o}",
"""Hola, Laura y Dani:

Os adjuntamos la prueba de diseño de las invitaciones de boda de vuestro pedido {o}: formato 15 x 15 cm, papel de algodón de 350 g, texto en dorado.

Revisad bien los nombres, la fecha (sábado 5 de junio de 2027) y la dirección de la finca, porque después de imprimir no hay vuelta atrás. Si todo está correcto, respondednos «aprobado» y lo mandamos a imprenta.

Un abrazo,
Papelería Tinta Fina""", [], "Clean custom design proof verification."),

m(13, "fulfillment-question", "text", "Pedido {o}: código del portal",
"""Buenas tardes:

La entrega de su pedido {o} (ref. de transporte ENV-2026-31902, franja prevista el viernes 11/12 de 9:00 a 14:00) requiere la firma del destinatario.

En la dirección no figura el código de acceso de la urbanización. ¿Podría indicarnos el código del portal y el número de bloque para que el repartidor llegue hasta su vivienda?

Gracias,
Carmen - Bodega Ribera Selección""", [], "Clean gate-code question with reference numbers."),

m(14, "reply", "text", "Re: Pregunta sobre «Cast Iron Dutch Oven 5.5 Qt» - pedido {o}",
"""Buenos días, Sr. Vidal:

Le respondemos encantados: la «Cast Iron Dutch Oven 5.5 Qt» sirve para vitrocerámica, inducción, gas y horno hasta 260 °C. No conviene meterla en el lavavajillas; basta con lavarla a mano y secarla bien.

«Lodge & Field» es la marca del fabricante estadounidense; nosotros somos su distribuidor en España.

Atentamente,
Menaje Vidal Cocina (pedido {o})""", [], "Clean reply quoting an English product title and brand."),

m(15, "reply", "text", "Re: Aspiradora averiada - pedido {o}",
"""Estimada Sra. Herrera:

Lamentamos que la aspiradora sin cable de su pedido {o} haya dejado de cargar.

El aparato tiene dos años de garantía del fabricante Turbix. Lo más rápido es que llame al servicio de garantía del fabricante Turbix, al 900 812 345 (línea de garantía del fabricante, gratuita, de lunes a viernes de 9:00 a 18:00); ellos gestionan la recogida y la reparación.

Un saludo,
Jorge Delgado
Limpieza Hogar Store""", [], "Clean reply with the manufacturer's warranty line marked as such."),

m(16, "reply", "html", "Re: Datos fiscales del vendedor - pedido {o}",
"""<p>Buenos días:</p>
<p>En respuesta a su consulta sobre el pedido {o}, le indicamos a continuación nuestros datos fiscales, que también figuran en la factura.</p>
<p>Quedamos a su disposición para cualquier otra duda sobre la factura.</p>
<p>Montserrat Ferrer<br>Responsable de administración</p>
<hr>
<p><small>Papereria Ferrer, S.L. - Carrer de Mallorca, 214, 08008 Barcelona<br>
NIF B66123456 - Inscrita en el Registro Mercantil de Barcelona, tomo 45123, folio 101, hoja B-498765</small></p>""", [], "Clean HTML reply with a Spanish company footer."),

m(17, "reply", "text", "Re: Estado de mi devolución - pedido {o}",
"""Estimado Sr. Cano:

Estos son los datos de su devolución (pedido {o}):

- número de devolución: DEV-2026-07731
- número de seguimiento de la etiqueta de Correos: PQ4B7C0291034480128046X
- fecha límite para entregar el paquete en la oficina: 22/12/2026, antes de las 20:30
- importe que se le reembolsará: 89,90 € (gastos de devolución a nuestro cargo)

El reembolso se emite en un plazo de 48 horas desde que el paquete llega a nuestro almacén de Zaragoza.

Atentamente,
Atención al cliente - Calzados Aragón""", [], "Clean reply with return and tracking numbers, dates, times and amounts."),

# ---------------- violations (18-48) ----------------
m(18, "fulfillment-question", "text", "Pedido {o}",
"""¡Hola!

Tu paquete (pedido {o}) ha salido esta mañana de nuestro almacén de Málaga y ya está en manos de SEUR. Lo tendrás en 24-48 horas.

¡Que tengas un buen día!
Aceites del Sur""", ["BSM201"], "Shipping confirmation: left the warehouse, handed to SEUR."),

m(19, "fulfillment-question", "html", "Hemos recibido tu pedido {o}",
"""<p>Hola, Paula:</p>
<p>Tu pedido {o} ya está con nosotros y lo estamos preparando con mucho mimo en el taller. Mañana quedará empaquetado.</p>
<p>Un abrazo,<br>Velas La Candela</p>""", ["BSM201"], "Order confirmation: received and being prepared."),

m(20, "fulfillment-question", "text", "¡Gracias! Pedido {o}",
"""¡Hola!

Muchísimas gracias por confiar en nuestra tienda para tu pedido {o}. Para un taller pequeño como el nuestro, cada compra es un regalo.

Un abrazo enorme,
Cerámica Talavera Viva""", ["BSM202"], "Thanks-only message."),

m(21, "fulfillment-question", "text", "Pedido {o}",
"""Estimado cliente:

Le recordamos que, ante cualquier duda o incidencia con su pedido {o}, estamos a su entera disposición. No dude en escribirnos.

Atentamente,
Ferretería Hermanos Blanco""", ["BSM202"], "Only the offer to help if something comes up."),

m(22, "delivery-delay", "text", "Pedido {o}: nueva fecha de envío",
"""Hola:

La esterilla de yoga de corcho de tu pedido {o} saldrá el 14 de diciembre en lugar del 10 por un retraso de nuestro proveedor portugués. La entrega está prevista para el 16 o el 17.

Perdona el retraso.

Yoga Natura

P. D.: Hasta el 31 de diciembre tienes un 20 % de descuento en todo nuestro catálogo de Amazon. ¡Aprovecha para tus regalos de Navidad!""", ["BSM203"], "Otherwise valid delay with a P.S. promoting 20 % off everything."),

m(23, "review-request", "text", "¿Qué tal tu pedido {o}?",
"""Hola:

Hace poco recibiste el jarrón de cerámica de tu pedido {o}. Si quieres, puedes dejar tu opinión en la página del producto en Amazon.

¡Y no te pierdas nuestra nueva colección de primavera! Síguenos en Instagram y Facebook (Alfarería Sol de Níjar) y suscríbete a nuestro boletín.

Alfarería Sol de Níjar""", ["BSM203"], "Review request plus follow-us, newsletter and new collection."),

m(24, "review-request", "text", "¿Nos dejas una opinión? Pedido {o}",
"""Hola, Elena:

Esperamos que el juego de tazas de tu pedido {o} ya esté luciendo en tu cocina. Nos encantaría leer tu opinión en Amazon.

En cuanto esté publicada, mándanos un mensaje: tenemos un detallito de agradecimiento reservado para tu próxima compra.

Un saludo,
Porcelanas del Cantábrico""", ["BSM204"], "A small gift once the review is published."),

m(25, "review-request", "text", "Pedido {o} - propuesta especial",
"""Hola:

Te proponemos algo especial para tu pedido {o}: escribe una opinión de la botella térmica y, en cuanto esté publicada, te devolvemos el importe íntegro de la compra. Solo tienes que enviarnos una captura de pantalla.

Saludos deportivos,
Hidra Sport España""", ["BSM204"], "Full refund once the review is online."),

m(26, "reply", "text", "Re: Su valoración - pedido {o}",
"""Estimado Sr. Campos:

Ya le hemos reembolsado el cargador defectuoso de su pedido {o}; de nuevo, disculpe lo ocurrido.

Ahora que está todo resuelto, ¿sería tan amable de cambiar su valoración de una estrella o, si lo prefiere, eliminarla? A una tienda pequeña como la nuestra le afecta muchísimo.

Gracias por su comprensión,
Tecno Bazar Murcia""", ["BSM205"], "Asks to change or delete a one-star review."),

m(27, "review-request", "text", "¿Está contenta con su compra? Pedido {o}",
"""Buenos días:

Si el vestido de lino de su pedido {o} le ha gustado, déjenos una buena opinión en Amazon.

Si, por el contrario, algo no ha ido bien, le pedimos que no publique ninguna opinión y que nos escriba antes a nosotros: lo solucionaremos juntos.

Moda Mediterránea""", ["BSM206"], "Review only if satisfied; unhappy buyers steered to the shop."),

m(28, "review-request", "html", "Pedido {o}: ¿nos ayuda con 5 estrellas?",
"""<p>Buenos días:</p>
<p>Gracias por comprar el taladro percutor en Herramientas Pro Bilbao (pedido {o}). Si tiene un minuto, una valoración de cinco estrellas nos ayudaría muchísimo.</p>
<p><a href="https://www.amazon.es/review/review-your-purchases?orderId={o}">Escribir una opinión en Amazon.es</a></p>
<p>El equipo de Herramientas Pro Bilbao</p>""", ["BSM206"], "Asks for a five-star rating."),

m(29, "delivery-delay", "text", "Pedido {o}: artículo agotado en fábrica",
"""Estimado cliente:

El sillón «Nórdico» de su pedido {o} está agotado en fábrica y, por ahora, no tenemos fecha de reposición.

Lo más rápido es que cancele usted mismo el pedido desde su cuenta de Amazon (apartado «Mis pedidos»); el reembolso es inmediato.

Disculpe las molestias,
Deco Norte Muebles""", ["BSM108"], "Advises the buyer to cancel because stock ran out."),

m(30, "order-problem", "text", "[Importante] Incidencia con su pedido {o}",
"""Estimado cliente:

Por un error de inventario no disponemos de la impresora de su pedido {o}.

Le agradeceríamos que enviara usted una solicitud de cancelación desde su cuenta de Amazon, para que podamos cerrar la incidencia cuanto antes.

Gracias por su comprensión,
Informática Galaica""", ["BSM107", "BSM108"], "Order problem asking for a cancellation request without confirming an adjustment."),

m(31, "review-request", "text", "Su opinión sobre el pedido {o}",
"""Estimado cliente:

¿Le ha llegado bien el lote de tarros de su pedido {o}? Puede dejar su opinión en la página del producto desde «Mis pedidos».

Si no desea recibir más mensajes nuestros, responda BAJA a este correo.

Despensa Gallega""", ["BSM305"], "Opt-out instruction (reply BAJA)."),

m(32, "reply", "text", "Re: Paquete dañado - pedido {o}",
"""Buenos días, Sra. Prieto:

Lo sentimos muchísimo. Joder, la mensajería de mierda de siempre ha vuelto a tirar la caja como si fuera un saco de patatas, y de ahí la jarra rota de su pedido {o}.

Le reembolsamos la jarra completa; el reembolso sale hoy mismo.

Un saludo,
Vidrios Artesanos de La Granja""", ["BSM306"], "Spanish profanity in an otherwise valid reply."),

m(33, "delivery-delay", "text", "Pedido {o}",
"""Hola, Carmen:

Unfortunately your order {o} (linen tablecloth, 180 x 250 cm) will ship a few days late: we now expect to dispatch it on 14 December, with delivery around 16 December.

We apologise for the inconvenience.

Best regards,
Lino y Hogar""", ["BSM104"], "Greeting in Spanish, body in English for a Spanish buyer."),

m(34, "delivery-scheduling", "text", "Cita de entrega - pedido {o}",
"""Buenos días:

El colchón de su pedido {o} se entrega con cita previa. Para concretar el día y la hora, llámenos al 912 345 678, de lunes a viernes de 9:00 a 18:00.

Un saludo,
Descanso Madrid""", ["BSM309"], "Seller phone number in Spanish national format."),

m(35, "reply", "text", "Re: Cambio de talla - pedido {o}",
"""¡Hola!

Para el cambio de talla de la cazadora (pedido {o}), escríbeme por WhatsApp al +34 612 34 56 78 y te guardo la M desde hoy mismo.

Buenas tardes,
Rubén - Urban Piel Valencia""", ["BSM309"], "Seller phone number in international format."),

m(36, "reply", "text", "Re: Instrucciones de montaje - pedido {o}",
"""Estimado Sr. Iglesias:

Estamos actualizando las instrucciones de montaje de la estantería de su pedido {o}. Si quiere recibirlas en PDF, escríbanos a posventa.maderanoble@gmail.com indicando el número de pedido.

Atentamente,
Madera Noble Muebles""", ["BSM308"], "Plain e-mail address."),

m(37, "reply", "text", "Re: Factura a nombre de empresa - pedido {o}",
"""Buenos días:

Para emitir la factura del pedido {o} a nombre de su empresa, envíenos la razón social y el CIF a facturas arroba papeleriasoria punto es y se la mandamos en 24 horas.

Un saludo,
Papelería Soria""", ["BSM308"], "Obfuscated e-mail address (arroba / punto)."),

m(38, "additional-information", "html", "Pedido {o}: elección del acabado",
"""<p>Buenos días:</p>
<p>Para fabricar la mesa de centro de su pedido {o} necesitamos saber qué acabado prefiere: aceite natural, barniz mate o tinte nogal.</p>
<p>Puede compararlos en la <a href="https://www.carpinteriaelpino.es/acabados">carta de acabados de nuestra web</a> y contestarnos por aquí.</p>
<p>Gracias,<br>Carpintería El Pino</p>""", ["BSM302"], "https link to the seller's own site with descriptive text."),

m(39, "reply", "html", "Re: ¿Dónde está mi pedido {o}?",
"""<p>Buenos días:</p>
<p>Puede consultar todos los detalles de su pedido {o}, incluida la fecha de entrega prevista, en la <a href="http://www.amazon.es/gp/your-account/order-details?orderID={o}">página de su pedido en Amazon.es</a>.</p>
<p>Atentamente,<br>Sabores de Galicia</p>""", ["BSM301"], "Insecure http link to Amazon with descriptive text."),

m(40, "review-request", "html", "Su lámpara Arco - pedido {o}",
"""<p>Buenos días:</p>
<p><img src="https://m.media-amazon.com/images/I/lampara-pie-arco-laton.jpg" alt="Lámpara de pie Arco de latón" width="240"></p>
<p>Desde hace unos días la lámpara de su pedido {o} ilumina su salón. Su opinión en Amazon ayudaría a otros clientes a decidirse.</p>
<p><a href="https://www.amazon.es/review/review-your-purchases?orderId={o}">Escribir una opinión en Amazon.es</a></p>
<p>Luz y Diseño Ibérico</p>""", ["BSM310"], "Photo of the purchased product."),

m(41, "delivery-delay", "html", "Pedido {o}: un poco más de paciencia",
"""<p><img src="https://m.media-amazon.com/images/G/30/sellers/playa-atardecer-palmeras.jpg" alt="Atardecer en una playa con palmeras" width="300"></p>
<p>Hola:</p>
<p>El bañador de tu pedido {o} saldrá el 15 de diciembre en lugar del 10, por un retraso en la reposición. Entrega prevista el 17 de diciembre.</p>
<p>Gracias por tu paciencia,<br>Bañadores Costa Brava</p>""", ["BSM311"], "Unrelated stock image (beach at sunset)."),

m(42, "delivery-delay", "html", "Retraso en el envío - pedido {o}",
"""<p><img src="https://m.media-amazon.com/images/G/30/sellers/logo-el-taller-de-juguetes.png" width="140"></p>
<p>Buenos días:</p>
<p>El circuito de canicas de madera de su pedido {o} saldrá el miércoles 16 de diciembre por un retraso de nuestro carpintero. Entrega prevista antes del 19 de diciembre.</p>
<p>Disculpe las molestias,<br>El Taller de Juguetes</p>""", ["BSM402"], "Shop logo without alt attribute."),

m(43, "additional-information", "text", "Pedido {o}: nombre para el bordado",
"""¡Hola, Alba!

Antes de bordar el saco de dormir de tu pedido {o}, una pregunta rápida: ¿prefieres el nombre en letra cursiva o en mayúsculas? 🪡✨

Cuéntame,
Noelia - Bordados Chiquitín""", ["BSM403"], "Emoji in an information request."),

m(44, "delivery-delay", "text", "Pedido {o} - pequeño retraso",
"""Hola:

El puzle de 1000 piezas de tu pedido {o} saldrá el 14/12, porque la imprenta va con dos días de retraso. Te llegará como tarde el 17, mucho antes de Reyes :D

Un saludo,
Rompecabezas Ibéricos""", ["BSM403"], "Emoticon :D in a delay message."),

m(45, "delivery-delay", "html", "Pedido {o}: nueva fecha",
"""<style>
h2 { font-size: 21px; }
p { font-size: 14px; }
.destacado { font-size: 18px; }
.pie { font-size: 10px; }
</style>
<h2>Pedido {o}</h2>
<p>Estimado cliente:</p>
<p>Por un retraso de nuestro proveedor, la vajilla de su pedido se enviará el:</p>
<p class="destacado">martes, 15 de diciembre de 2026</p>
<p>Disculpe las molestias.</p>
<p class="pie">Cerámica de Manises Store, S.L.</p>""", ["BSM410"], "Four explicit font sizes in a style block."),

m(46, "additional-information", "html", "Pedido {o}: dirección incompleta",
"""<p>Buenos días:</p>
<p>En la dirección de entrega de su pedido {o} falta el número de la calle: «Calle de los Tilos, 47001 Valladolid».</p>
<p></p>
<p>&nbsp;</p>
<p>¿Podría indicarnos el número, el piso y la puerta?</p>
<p>Gracias,<br>Bodegas Duero Selección</p>""", ["BSM412"], "Empty paragraphs between paragraphs."),

m(47, "return-follow-up", "text", "[Importante] Su devolución - pedido {o}",
"""Estimado cliente:

Para completar la devolución de los auriculares de su pedido {o}, ¿podría indicarnos si la funda de carga va incluida en el paquete?

Un saludo,
Sonido Plus Alicante""", ["BSM110"], "[Importante] tag on a return follow-up."),

m(48, "review-request", "html", "Su opinión - pedido {o}",
"""<p>Estimado Sr. Ramos:</p>
<p>La panificadora de su pedido {o} le llegó hace unos días. Si quiere dejar su opinión en Amazon, pulse <a href="https://www.amazon.es/review/review-your-purchases?orderId={o}">aquí</a>.</p>
<p>Atentamente,<br>Horno en Casa</p>""", ["BSM401"], "Non-descriptive link text 'aquí'."),

# ---------------- varying (49-50) ----------------
m(49, "delivery-delay", "html", "Pedido {o}: aplazamiento del envío",
"""<div style="padding: 0 140px;">
<p>Buenos días:</p>
<p>El lote de jabones artesanos de su pedido {o} se enviará el 15 de diciembre: el curado de los jabones ha necesitado unos días más.</p>
<p>Entrega prevista: 17 de diciembre.</p>
<p>Jabonería La Alpujarra</p>
</div>""", ["BSM405"], "140 px of padding on each side of the body container."),

m(50, "review-request", "html", "Su opinión sobre el pedido {o}",
"""<img src="http://m.media-amazon.com/images/G/30/sellers/te-y-especias-alhambra-logo.png" alt="Logotipo de Té y Especias Alhambra" width="150">
<p>Buenos días:</p>
<p>El té de su pedido {o} le llegó hace una semana. Puede dejar su opinión en la <a href="https://www.amazon.es/review/review-your-purchases?orderId={o}">página de opiniones de Amazon.es</a>.</p>
<p>Gracias,<br>Té y Especias Alhambra</p>""", ["BSM413"], "Shop logo loaded over http."),
]
