"""v26 blind evaluation set: Spanish (es-ES)."""

_R = []


def _m(t, fmt, subject, body, oid, expected, note, locale="es-ES"):
    _R.append({
        "language": "es", "locale": locale, "type": t, "format": fmt,
        "subject": subject, "body": body, "order_id": oid,
        "expected": sorted(expected), "note": note,
    })


# 1
_m("delivery-delay", "text", "Pedido 576-4102837-5560918: retraso en el envío",
"""Hola, Carmen:

Te escribimos por tu pedido 576-4102837-5560918 (juego de sábanas de algodón percal, 150 cm, color arena). El taller de confección de Crevillent va con una semana de retraso por un pico de trabajo y no podremos enviarlo en la fecha prevista.

Nueva fecha de envío: lunes 14 de diciembre. La entrega debería llegar entre el 16 y el 18.

Sentimos mucho el contratiempo. Si tienes cualquier duda, responde a este mensaje.

Un saludo,
Nuria Sempere
Atención al cliente – Textil Hogar Levante""", "576-4102837-5560918", [], "Clean plain-text delivery delay with a new date.")

# 2
_m("delivery-delay", "html", "Actualización de su pedido 576-8813940-2217506",
"""<p>Estimado cliente:</p>
<p>Le informamos de que el pedido <strong>576-8813940-2217506</strong> (aceite de oliva virgen extra, caja de 6 latas de 500 ml) saldrá más tarde de lo anunciado: la almazara ha retrasado el envasado de la nueva cosecha.</p>
<table>
<tr><td>Fecha de envío prevista inicialmente</td><td>07/12/2026</td></tr>
<tr><td>Nueva fecha de envío</td><td>11/12/2026</td></tr>
<tr><td>Entrega estimada</td><td>14/12/2026 – 15/12/2026</td></tr>
</table>
<p>Disculpe las molestias.<br>Almazara Sierra Sur – Jaén</p>""",
"576-8813940-2217506", [], "Clean HTML delay notice with a plain table.")

# 3
_m("order-problem", "text", "[Importante] Pedido 576-1530276-8894413: artículo no disponible",
"""Buenos días, Sr. Navarro:

Lamentamos comunicarle que la freidora de aire de 5,5 l de su pedido 576-1530276-8894413 se ha agotado en nuestro proveedor y no podremos enviarla.

Hemos ajustado el importe del pedido: se han descontado los 89,99 € del artículo con el motivo «sin existencias». El reembolso aparecerá en su cuenta en un plazo de 3 a 5 días hábiles, según su banco.

Le pedimos disculpas por las molestias.

Atentamente,
Javier Ortega
ElectroDirecto Valencia""", "576-1530276-8894413", [], "Clean order problem confirming the amount adjustment; [Importante] allowed.")

# 4
_m("additional-information", "text", "Pedido 576-6274015-3308827 – nos falta un dato",
"""Hola, Álvaro:

Para preparar tu pedido 576-6274015-3308827 (camiseta de ciclismo personalizada con nombre) necesitamos que nos indiques el nombre que quieres en la espalda; el campo de personalización llegó vacío.

Máximo 12 caracteres. En cuanto lo tengamos, la camiseta pasa a producción.

¡Gracias!
Marta – Maillots Bidasoa""", "576-6274015-3308827", [], "Clean request for information needed to complete the order.")

# 5
_m("return-follow-up", "text", "Su solicitud de devolución – pedido 576-3392708-1145560",
"""Buenas tardes, Sra. Romero:

Hemos recibido su solicitud de devolución de la cazuela de hierro fundido (pedido 576-3392708-1145560) por un pequeño desconchón en la tapa.

Si la cazuela le sirve igualmente, le ofrecemos un reembolso parcial de 15,00 € y se la queda. Si prefiere la devolución completa, no hay ningún problema: basta con que nos lo diga.

Un cordial saludo,
Pilar Moreno
Menaje Castellano""", "576-3392708-1145560", [], "Clean return follow-up offering a partial refund.")

# 6
_m("return-follow-up", "html", "Devolución del pedido 576-9047163-6620874: una consulta",
"""<p>Hola:</p>
<p>Para completar la devolución del taladro percutor del pedido <strong>576-9047163-6620874</strong> necesitamos saber si se devuelve con la batería y el cargador, o solo el cuerpo de la herramienta.</p>
<p>Responde a este mensaje cuando puedas y tramitamos el resto.</p>
<p>Gracias,<br>Departamento de devoluciones<br>Ferretería Online Ebro</p>""",
"576-9047163-6620874", [], "Clean return follow-up asking for information needed for the return.")

# 7
_m("invoice", "text", "Factura F/2026/1207 – pedido 576-5583920-4471036",
"""Buenos días:

Adjuntamos la factura n.º F/2026/1207, de fecha 03/12/2026, correspondiente a su pedido 576-5583920-4471036.

Base imponible: 123,97 €
IVA (21 %): 26,03 €
Total: 150,00 €

Bicis Montseny, S.L. – C/ de Sant Joan, 27, 08401 Granollers (Barcelona)
CIF B-65874213 – Inscrita en el Registro Mercantil de Barcelona, tomo 44812, folio 156, hoja B-468201

Un saludo,
Administración""", "576-5583920-4471036", [], "Clean invoice with CIF, mercantile register data and a slashed invoice number.")

# 8
_m("review-request", "text", "¿Qué te ha parecido tu pedido 576-2708164-9932251?",
"""Hola, Lucía:

Hace unos días que te llegó la paellera de acero pulido (pedido 576-2708164-9932251). Seguramente ya la has estrenado.

Si te apetece dejar una opinión en Amazon, sea cual sea, nos ayuda a mejorar y orienta a otros compradores.

Un abrazo,
Paelleras Albufera""", "576-2708164-9932251", [], "Clean neutral review request in plain text.")

# 9
_m("review-request", "html", "Pedido 576-7619053-0287714 – su opinión",
"""<p><img src="https://m.media-amazon.com/images/S/abis-seller/queseria-la-dehesa-logo.png" alt="Logotipo de Quesería La Dehesa" width="150"></p>
<p>Buenos días:</p>
<p>El lote de quesos de su pedido 576-7619053-0287714 le fue entregado recientemente. Nos gustaría conocer su opinión.</p>
<p>Puede dejarla aquí: <a href="https://www.amazon.es/review/review-your-purchases/?asin=B0C2HK4N7R">escribir una opinión sobre el lote de quesos en Amazon</a>.</p>
<p>Saludos desde Trujillo,<br>Quesería La Dehesa</p>""",
"576-7619053-0287714", [], "Clean HTML review request with shop logo and descriptive https Amazon link.")

# 10
_m("delivery-scheduling", "text", "Entrega de su sofá – pedido 576-3865201-7714490",
"""Estimado Sr. Gil:

Su sofá de tres plazas (pedido 576-3865201-7714490, 72 kg) se entrega con transporte especial y subida al domicilio. Le proponemos estas franjas:

- martes 15/12, de 9:00 a 14:00
- miércoles 16/12, de 15:00 a 20:00
- sábado 19/12, de 9:00 a 14:00

Indíquenos cuál le viene mejor, el piso y si el edificio tiene ascensor.

Atentamente,
Logística – Muebles Cantábrico""", "576-3865201-7714490", [], "Clean bulky-delivery scheduling with dates and time slots.")

# 11
_m("home-service-appointment", "html", "Cita de instalación – pedido 576-0492736-5581129",
"""<p>Hola, Sra. Castillo:</p>
<p>Respecto a su pedido <strong>576-0492736-5581129</strong> (termo eléctrico de 80 l con instalación), nuestro técnico puede acudir:</p>
<ul>
<li>jueves 17 de diciembre, de 8:00 a 11:00</li>
<li>viernes 18 de diciembre, de 16:00 a 19:00</li>
</ul>
<p>La instalación dura unas dos horas. Confírmenos la franja que prefiera.</p>
<p>Saludos,<br>Raúl Domínguez<br>Instalaciones Tajo</p>""",
"576-0492736-5581129", [], "Clean home-service appointment with dates and times.")

# 12
_m("custom-design-verification", "text", "Boceto de su placa grabada – 576-6138420-9027753",
"""Hola, Irene:

Te adjuntamos la prueba de diseño de la placa de madera del pedido 576-6138420-9027753: «Casa Vidal», letra manuscrita, con una rama de olivo debajo, 30 x 12 cm.

Revisa el texto y la posición. Si está todo bien, contesta «OK al diseño» y la grabamos; si quieres cambiar algo, dínoslo sin problema.

Un saludo,
Grabados Ribera""", "576-6138420-9027753", [], "Clean custom design verification with proof attached.")

# 13
_m("fulfillment-question", "text", "Pedido 576-4419352-2860168 – código del portal",
"""Buenas:

Para entregar su pedido 576-4419352-2860168 (ref. entrega IE-2026-30714, expediente del transportista 5528/C), el repartidor tendrá que acceder a la urbanización, que tiene la puerta cerrada.

¿Podría indicarnos el código de la puerta y el número de bloque? Lo añadiremos al expediente.

Gracias,
Envíos – Juguetes de Madera Arrieta""", "576-4419352-2860168", [], "Clean door-code question with reference numbers.")

# 14
_m("reply", "text", "RE: duda sobre la manta – 576-1950764-3382205",
"""Buenas tardes, Sra. Herrera:

Sí, la «Chunky Knit Blanket – Ivory» de su pedido 576-1950764-3382205 se puede lavar a mano con agua fría. El nombre está en inglés porque la fabrica un taller escocés, pero las instrucciones del interior están en castellano.

Un saludo,
Casa Nórdica Bilbao""", "576-1950764-3382205", [], "Clean reply quoting an English product title.")

# 15
_m("reply", "text", "Re: la cafetera no calienta – pedido 576-8260413-1197548",
"""Hola, Sergio:

Sentimos que la cafetera haya dejado de calentar. Está dentro de la garantía del fabricante (pedido 576-8260413-1197548, entregado el 2 de octubre).

Lo más rápido es llamar al teléfono de garantía del fabricante Cafemax: 900 834 215, de lunes a viernes de 9:00 a 18:00. Ten a mano el número de serie de la base.

Si hubiera cualquier problema con la gestión, escríbenos por aquí.

Un saludo,
CaféShop Iberia""", "576-8260413-1197548", [], "Clean reply with the manufacturer's warranty phone marked as such.")

# 16
_m("reply", "html", "Re: plazo del reembolso (576-2774108-6630915)",
"""<p>Buenos días:</p>
<p>El reembolso del pedido 576-2774108-6630915 se emitió el 4 de diciembre. Según la entidad bancaria, puede tardar unos días hábiles en reflejarse.</p>
<p>Atentamente,<br>Laura Jiménez, atención al cliente</p>
<p><small>Cerámica Talaverana, S.L. – Avda. de Portugal, 14, 45600 Talavera de la Reina (Toledo) – CIF B-45219873 – Registro Mercantil de Toledo, tomo 1702, folio 88, hoja TO-37215</small></p>""",
"576-2774108-6630915", [], "Clean reply with a company-details footer (CIF, register data).")

# 17
_m("reply", "text", "Re: ¿ha llegado mi devolución? – 576-5506281-4473392",
"""Hola, Daniel:

Sí, tu paquete de devolución (número de seguimiento PK7Z3910442ES, autorización DEV-2026-0815) llegó a nuestro almacén de Zaragoza el 2 de diciembre a las 12:05.

El 3 de diciembre te reembolsamos 59,90 € del pedido 576-5506281-4473392; los gastos de devolución (4,95 €) corren de nuestra cuenta.

Un saludo,
Calzados Moncayo""", "576-5506281-4473392", [], "Clean reply with tracking and return numbers, dates, times and amounts.")

# 18
_m("fulfillment-question", "text", "¡Tu pedido 576-6039127-2285614 ya está en camino!",
"""¡Hola!

Te confirmamos que tu pedido 576-6039127-2285614 salió ayer de nuestro almacén de Getafe y ya lo tiene SEUR.

Un saludo,
Jabones Naturales Luna""", "576-6039127-2285614", ["BSM201"], "Shipping confirmation: left the warehouse, with the carrier.")

# 19
_m("fulfillment-question", "html", "Hemos recibido su pedido 576-3171846-9905237",
"""<p>Estimado cliente:</p>
<p>Hemos recibido correctamente su pedido 576-3171846-9905237 y ya lo estamos preparando en nuestro almacén.</p>
<p>Atentamente,<br>Vinos Ribera Shop</p>""",
"576-3171846-9905237", ["BSM201"], "Order confirmation: received and being prepared.")

# 20
_m("reply", "text", "¡Gracias! – 576-8425013-6618740",
"""Hola, Marina:

¡Muchísimas gracias por tu compra (pedido 576-8425013-6618740)! Nos hace muchísima ilusión.

El equipo de Papelería Origami""", "576-8425013-6618740", ["BSM202"], "Thanks-only message.")

# 21
_m("fulfillment-question", "text", "Pedido 576-0281937-5563401",
"""Estimado Sr. Vidal:

En relación con su pedido 576-0281937-5563401, solo queremos recordarle que estamos a su disposición por si surge cualquier incidencia.

Atentamente,
Ferretería Online Ebro""", "576-0281937-5563401", ["BSM202"], "Only an offer to help if something comes up.")

# 22
_m("delivery-delay", "text", "Retraso – pedido 576-4736802-9117325",
"""Hola:

Las zapatillas de trail de tu pedido 576-4736802-9117325 saldrán el 12 de diciembre en lugar del 9, porque la reposición de la talla 42 se ha retrasado.

Disculpa la espera.

Trail Pirineo Store

P. D.: Hasta el 31 de diciembre tienes un 20 % de descuento en toda la tienda con el código MONTE20.""", "576-4736802-9117325", ["BSM203"], "Permitted delay with a 20 % off P.S.")

# 23
_m("review-request", "html", "Tu opinión sobre el pedido 576-2905371-4486009",
"""<p>Hola:</p>
<p>Esperamos que estés disfrutando de las velas aromáticas de tu pedido 576-2905371-4486009. Si tienes un momento, déjanos una opinión en Amazon.</p>
<p>¡Y síguenos en Instagram y suscríbete a nuestro boletín! En enero lanzamos la nueva colección «Bosque de invierno».</p>
<p>Un abrazo,<br>Velas Mediterráneo</p>""",
"576-2905371-4486009", ["BSM203"], "Follow us, newsletter and new collection.")

# 24
_m("review-request", "text", "Un detalle para usted – pedido 576-7142693-0051884",
"""Estimada Sra. Prieto:

Esperamos que el bolso de piel (pedido 576-7142693-0051884) esté siendo de su agrado.

Cuando publique su opinión en Amazon, envíenos una captura y le haremos llegar un pequeño obsequio como agradecimiento.

Un cordial saludo,
Marroquinería Ubrique Artesana""", "576-7142693-0051884", ["BSM204"], "Small gift once the review is published.")

# 25
_m("review-request", "text", "Opinión y reembolso – 576-5563184-3329072",
"""Hola:

Sobre tu pedido 576-5563184-3329072 (altavoz bluetooth): en cuanto tu reseña esté publicada en Amazon, te devolvemos el importe íntegro de la compra. Solo tienes que respondernos con el enlace.

Equipo TecnoPlus ES""", "576-5563184-3329072", ["BSM204"], "Full refund once the review is online.")

# 26
_m("reply", "text", "Re: su valoración – pedido 576-1838265-7704416",
"""Estimado Sr. Cabrera:

Hemos leído su valoración de una estrella sobre la olla exprés (pedido 576-1838265-7704416). Desde entonces hemos resuelto con usted lo de la válvula por esta vía y confiamos en que ahora funcione correctamente.

¿Sería tan amable de actualizar su valoración o, si lo considera oportuno, eliminarla?

Muchas gracias,
Menaje Castellano""", "576-1838265-7704416", ["BSM205"], "Asks to update or remove a one-star review.")

# 27
_m("review-request", "html", "¿Te ha gustado? Pedido 576-6315092-8827341",
"""<p>Hola:</p>
<p>Si estás contento con tu esterilla de yoga (pedido 576-6315092-8827341), nos encantaría que dejaras una buena opinión en Amazon.</p>
<p>Y si algo no te ha convencido, mejor no lo pongas allí: escríbenos antes por aquí y lo solucionamos.</p>
<p>Namasté,<br>Yoga Shala Sevilla</p>""",
"576-6315092-8827341", ["BSM206"], "Review only if satisfied; unhappy buyers steered away.")

# 28
_m("review-request", "text", "¿Cinco estrellas? – pedido 576-9077283-1146520",
"""Buenos días, Rosa:

Su juego de acuarelas (pedido 576-9077283-1146520) ya debería estar en casa.

Somos un pequeño negocio familiar y una valoración de cinco estrellas en Amazon nos daría un empujón enorme.

Gracias de corazón,
Bellas Artes Sorolla""", "576-9077283-1146520", ["BSM206"], "Asks for five stars.")

# 29
_m("order-problem", "text", "Pedido 576-3731508-6692247: producto agotado",
"""Estimado Sr. Serrano:

La impresora multifunción de su pedido 576-3731508-6692247 está agotada en el distribuidor y no podremos enviarla. Ya hemos ajustado el importe del pedido con el motivo «sin stock».

Para cerrarlo cuanto antes, lo más rápido es que sea usted quien cancele el pedido desde su cuenta de Amazon, en «Mis pedidos».

Atentamente,
InfoMarket Sevilla""", "576-3731508-6692247", ["BSM108"], "Amount adjusted, but advises the buyer to cancel themselves.")

# 30
_m("order-problem", "text", "Su pedido 576-0862459-3378103",
"""Estimada clienta:

Sentimos comunicarle que el abrigo en talla 38 de su pedido 576-0862459-3378103 ya no está disponible en nuestro almacén.

Le agradeceríamos que solicitara la cancelación del pedido para poder cerrar la incidencia.

Atentamente,
Moda Sastre Madrid""", "576-0862459-3378103", ["BSM107", "BSM108"], "Asks for a cancellation request with no adjustment confirmed.")

# 31
_m("delivery-delay", "text", "Pedido 576-6493041-5585126 – nueva fecha",
"""Buenos días:

Su pedido 576-6493041-5585126 (vajilla de cerámica pintada a mano) se enviará el 16 de diciembre en lugar del 10, para terminar la cocción.

Gracias por su paciencia.

Cerámica Talaverana

Si no desea recibir más mensajes nuestros, responda BAJA a este correo.""", "576-6493041-5585126", ["BSM305"], "Delay with a 'reply BAJA' opt-out.")

# 32
_m("reply", "text", "Re: paquete roto – 576-2210826-9641593",
"""Hola:

Hemos visto las fotos. Joder, es la tercera vez esta semana que el puto transportista nos destroza un paquete.

Para el pedido 576-2210826-9641593, dinos si prefieres otro marco o el reembolso; no hace falta que devuelvas el roto.

Quique, Marcos y Molduras""", "576-2210826-9641593", ["BSM306"], "Reply with Spanish profanity.")

# 33
_m("delivery-delay", "text", "Order 576-7965127-3329938 – shipping delay",
"""Hi there,

Unfortunately your order 576-7965127-3329938 (Iberian ham gift box) will be dispatched a few days late. The new shipping date is 15 December.

Thanks for your understanding.

Best wishes,
Jamones Guijuelo Online""", "576-7965127-3329938", ["BSM104"], "Delay notice written in English to a Spanish buyer.")

# 34
_m("reply", "text", "Re: montaje de la estantería – 576-4074639-7750271",
"""Buenos días, Sra. Molina:

Para los tornillos que faltan en la estantería (pedido 576-4074639-7750271), llámeme al 654 32 18 97 y le explico por teléfono qué tornillos necesita.

Un saludo,
Iñaki – Madera y Diseño""", "576-4074639-7750271", ["BSM309"], "Seller mobile number in Spanish national format.")

# 35
_m("reply", "html", "Re: envío a Canarias (576-8723760-0037504)",
"""<p>Buenos días:</p>
<p>Para el pedido 576-8723760-0037504 puede llamar a nuestro servicio de atención al cliente al +34 912 457 830 y le explicaremos las opciones de envío a Las Palmas.</p>
<p>Atentamente,<br>Cuchillería Albacete Shop</p>""",
"576-8723760-0037504", ["BSM309"], "Seller phone number in international format.")

# 36
_m("reply", "text", "Re: factura a nombre de empresa – 576-1397513-5198845",
"""Buenos días:

Para la factura a nombre de su empresa (pedido 576-1397513-5198845), escriba directamente a facturacion@bicismontseny.es indicando razón social y CIF.

Un saludo,
Bicis Montseny""", "576-1397513-5198845", ["BSM308"], "Plain email address.")

# 37
_m("reply", "text", "Re: fotos del defecto – 576-5838254-3371062",
"""Hola, Pablo:

Si las fotos no se adjuntan por la mensajería, mándalas a postventa arroba mueblescantabrico punto es, indicando el pedido 576-5838254-3371062.

Gracias,
Muebles Cantábrico""", "576-5838254-3371062", ["BSM308"], "Email address obfuscated with 'arroba' and 'punto'.")

# 38
_m("reply", "html", "Re: cuidado de la tabla – 576-9212685-6649123",
"""<p>Hola:</p>
<p>Para el mantenimiento de la tabla de olivo (pedido 576-9212685-6649123) tenemos una guía completa: <a href="https://www.maderaydiseno.es/blog/cuidar-tabla-olivo">nuestra guía para cuidar la madera de olivo</a>.</p>
<p>Un saludo,<br>Madera y Diseño</p>""",
"576-9212685-6649123", ["BSM302"], "Descriptive https link to the seller's own blog.")

# 39
_m("return-follow-up", "html", "Devolución del pedido 576-3656019-1203386",
"""<p>Buenos días:</p>
<p>Para completar la devolución del pedido 576-3656019-1203386, ¿nos confirma si el artículo sigue en su embalaje original?</p>
<p>Puede consultar el estado también en <a href="http://www.amazon.es/gp/css/order-history">el historial de pedidos de su cuenta de Amazon</a>.</p>
<p>Saludos,<br>Textil Hogar Levante</p>""",
"576-3656019-1203386", ["BSM301"], "Insecure http link to Amazon.")

# 40
_m("delivery-delay", "html", "Su cafetera llegará algo más tarde – 576-0928374-8815652",
"""<p>Buenos días:</p>
<p>La cafetera italiana de acero de su pedido 576-0928374-8815652 se enviará el 15 de diciembre.</p>
<p><img src="https://m.media-amazon.com/images/I/cafetera-italiana-acero-6-tazas.jpg" alt="Cafetera italiana de acero de 6 tazas" width="220"></p>
<p>Gracias por su paciencia,<br>CaféShop Iberia</p>""",
"576-0928374-8815652", ["BSM310"], "Photo of the purchased product.")

# 41
_m("review-request", "html", "Pedido 576-4493128-5541079 – su opinión",
"""<p><img src="https://m.media-amazon.com/images/S/stock/playa-atardecer-palmeras.jpg" alt="Playa al atardecer con palmeras" width="300"></p>
<p>Buenos días:</p>
<p>El pareo de su pedido 576-4493128-5541079 le llegó la semana pasada. Una opinión en Amazon nos ayudaría a nosotros y a los próximos compradores.</p>
<p>Textiles Costa Brava</p>""",
"576-4493128-5541079", ["BSM311"], "Unrelated stock image (a beach with palm trees).")

# 42
_m("invoice", "html", "Factura del pedido 576-7301635-2226948",
"""<p><img src="https://m.media-amazon.com/images/S/abis-seller/vinos-ribera-shop-logo.png" width="130"></p>
<p>Estimado cliente:</p>
<p>Adjuntamos la factura n.º 2026-0988 de su pedido 576-7301635-2226948.</p>
<p>Vinos Ribera Shop</p>""",
"576-7301635-2226948", ["BSM402"], "Logo image without an alt attribute.")

# 43
_m("delivery-scheduling", "text", "Entrega del colchón – 576-2527149-9958831",
"""Hola, Sra. Ruiz:

El colchón de su pedido 576-2527149-9958831 se lo podemos llevar el lunes 14/12 de 8 a 13 h o el martes 15/12 de 15 a 20 h. ¿Cuál le va mejor? 😊

Logística Descanso Norte""", "576-2527149-9958831", ["BSM403"], "Emoji in delivery scheduling.")

# 44
_m("reply", "text", "Re: cambio de talla – 576-6160413-0095520",
"""¡Hola, Alba!

Claro, puedes cambiar a la talla M el jersey del pedido 576-6160413-0095520: inicia la devolución desde tu cuenta de Amazon y nosotros nos encargamos del resto ;)

Besos,
Punto de Lola""", "576-6160413-0095520", ["BSM403"], "Text emoticon.")

# 45
_m("delivery-delay", "html", "Nueva fecha de envío – 576-8854861-3382173",
"""<style>
.t1 { font-size: 23px; }
.t2 { font-size: 16px; }
.t3 { font-size: 12px; }
.t4 { font-size: 10px; }
</style>
<p class="t1">Tu pedido se retrasa</p>
<p class="t2">Hola, el pedido 576-8854861-3382173 se enviará el 17 de diciembre en lugar del 12.</p>
<p class="t3">Motivo: retraso del proveedor.</p>
<p class="t4">Bolsos Albaicín</p>""",
"576-8854861-3382173", ["BSM410"], "Four explicit font sizes in a style block.")

# 46
_m("additional-information", "html", "Dirección incompleta – pedido 576-1085497-6630264",
"""<p>Buenos días:</p>
<p>En la dirección de entrega del pedido 576-1085497-6630264 falta el número del portal.</p>
<p></p>
<p></p>
<p>¿Nos lo puede indicar? Sin él, la agencia no entrega.</p>
<p>Gracias,<br>Juguetes de Madera Arrieta</p>""",
"576-1085497-6630264", ["BSM412"], "Empty paragraphs between paragraphs.")

# 47
_m("return-follow-up", "text", "[Importante] Devolución del pedido 576-5774130-4469927",
"""Hola:

Para tramitar la devolución del pedido 576-5774130-4469927 necesitamos saber si el producto se devuelve con la caja original.

Gracias,
ElectroDirecto Valencia""", "576-5774130-4469927", ["BSM110"], "[Importante] on a return follow-up.")

# 48
_m("review-request", "html", "Pedido 576-3919256-7731475: ¿nos dejas tu opinión?",
"""<p>Hola:</p>
<p>Las luces LED de tu pedido 576-3919256-7731475 te llegaron la semana pasada. Si quieres dejar una opinión: <a href="https://www.amazon.es/review/review-your-purchases/?asin=B0D8QX4R2L">https://www.amazon.es/review/review-your-purchases/?asin=B0D8QX4R2L</a></p>
<p>Gracias,<br>Luz Viva Iluminación</p>""",
"576-3919256-7731475", ["BSM401"], "Bare URL as link text.")

# 49
_m("review-request", "html", "Pedido 576-6638520-0929946 – su opinión",
"""<p>Buenos días:</p>
<p>El jarrón de cerámica de su pedido 576-6638520-0929946 le fue entregado hace unos días. Si lo desea, puede dejar una opinión sobre él en Amazon.</p>
<p>Cerámica Talaverana</p>
<img src="https://px.mailenvios-tienda.es/o.png?uid=576663852009299466&amp;c=resena" width="1" height="1" alt="">""",
"576-6638520-0929946", ["BSM307", "BSM402"], "1x1 tracking pixel with empty alt.")

# 50
_m("delivery-delay", "html", "Retraso en su pedido 576-2461984-6204319",
"""<div style="padding: 0 140px;">
<p>Estimado Sr. Iglesias:</p>
<p>Su pedido 576-2461984-6204319 (set de copas de vidrio soplado) se enviará el 16 de diciembre en lugar del 11, ya que el vidriero necesita unos días más para completar la serie.</p>
<p>Disculpe las molestias.<br>Vidrios Artesanos Mallorca</p>
</div>""",
"576-2461984-6204319", ["BSM405"], "140 px horizontal padding on the body container.")

MESSAGES = []
for _i, _r in enumerate(_R, 1):
    _d = {"id": "v26-es-%03d" % _i}
    _d.update(_r)
    MESSAGES.append({k: _d[k] for k in ("id", "language", "locale", "type", "format", "subject", "body", "order_id", "expected", "note")})
