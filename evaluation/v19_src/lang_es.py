"""v19 blind evaluation set, Spanish (es): 50 messages. Standard library only."""

LANG = "es"
LOCALE = "es-ES"


def _order(n):
    return "505-%07d-%07d" % ((n * 4801 * 19 + 5120733) % 10**7, (n * 155921 + 2093317) % 10**7)


def _m(n, type_, fmt, subject, body, expected, note, locale=LOCALE):
    o = _order(n)
    raw = o.replace("-", "")
    subject = subject.replace("{o}", o).replace("{raw}", raw)
    body = body.strip("\n").replace("{o}", o).replace("{raw}", raw)
    return {
        "id": "v19-%s-%03d" % (LANG, n),
        "language": LANG,
        "locale": locale,
        "type": type_,
        "format": fmt,
        "subject": subject,
        "body": body,
        "order_id": o,
        "expected": sorted(expected),
        "note": note,
    }


MESSAGES = [
    # ---------------- clean (17) ----------------
    _m(1, "delivery-delay", "text", "Pedido {o}: va a tardar unos días más", """
Hola, Carmen:

Te escribimos porque tu cazuela de barro de Pereruela no va a salir cuando te dijimos: la última hornada se nos ha retrasado por la humedad y no queremos mandarte una pieza que no esté bien cocida. La nueva fecha de envío es el miércoles 16 de diciembre y debería llegarte hacia el 19.

Si prefieres no esperar, contéstanos a este mensaje y lo vemos.

Un saludo,
Lucía Herrero
Atención al cliente – Alfarería La Tinaja
""", [], "Familiar plain-text delivery delay with a new dispatch date; clean."),

    _m(2, "delivery-delay", "html", "Cambio en la fecha de envío – pedido {o}", """
<p>Buenos días:</p>
<p>Le informamos de que su pedido de sábanas de percal lleva un pequeño retraso: el proveedor del tejido nos ha servido la partida más tarde de lo acordado.</p>
<table border="0" cellpadding="4">
<tr><td>N.º de pedido</td><td>{o}</td></tr>
<tr><td>Envío previsto inicialmente</td><td>07/12/2026</td></tr>
<tr><td>Nueva fecha de envío</td><td>17/12/2026</td></tr>
</table>
<p>No tiene que hacer nada. Para cualquier duda, puede responder a este mensaje.</p>
<p>Atentamente,<br>Textil Hogar Alcoy</p>
""", [], "Builder HTML delivery delay with a date table; clean."),

    _m(3, "order-problem", "text", "[Importante] Pedido {o} – artículo sin existencias", """
Estimado Sr. Navarro:

Lamentamos comunicarle que no podremos servir su pedido: el jamón de bellota 100 % ibérico que eligió era la última pieza de esa añada y, al prepararlo, detectamos un defecto en la curación que nos impide enviarlo.

Ya hemos ajustado el importe total del pedido por falta de existencias. El reembolso se verá reflejado en su método de pago en unos días, sin que tenga que hacer ningún trámite.

Disculpe las molestias.

Un cordial saludo,
Ibéricos Sierra de Aracena
""", [], "Order problem with [Importante] in the subject and the amount adjusted for no stock; clean."),

    _m(4, "additional-information", "text", "Pedido {o} – nos falta un dato", """
Hola:

Para grabar la placa del buzón necesitamos el texto exacto: en tu pedido el campo de personalización ha llegado en blanco.

¿Nos lo pasas respondiendo a este mensaje? Máximo dos líneas de 20 caracteres.

Gracias,
Grabados Ortega
""", [], "Terse request for engraving text needed to complete the order; clean."),

    _m(5, "return-follow-up", "text", "Sobre la devolución del pedido {o}", """
Hola, Javier:

Hemos visto las fotos de la mesita: el golpe en la esquina es pequeño. Para ahorrarte desmontarla y mandarla de vuelta, te proponemos un reembolso parcial de 20,00 € (de 89,00 €) y te la quedas.

Si te parece bien, contesta con un "vale" y lo tramitamos. Si prefieres devolverla, también sin problema.

Saludos,
Raúl – Muebles Rústicos del Bierzo
""", [], "Return follow-up offering a partial refund; clean."),

    _m(6, "return-follow-up", "text", "Devolución {o}: una consulta antes de seguir", """
Buenos días:

Para completar la devolución de la batidora necesitamos saber si va a enviar también el vaso medidor y las cuchillas de repuesto, o solo el cuerpo del aparato.

En cuanto nos conteste, le mandamos la etiqueta de devolución.

Gracias,
Departamento de devoluciones – ElectroMenaje Levante
""", [], "Return follow-up asking for information to complete the return; clean."),

    _m(7, "invoice", "text", "Factura n.º 2026/A/0345 – pedido {o}", """
Estimado cliente:

Le adjuntamos la factura n.º 2026/A/0345 correspondiente a su pedido {o} del 03/12/2026.

Base imponible: 99,17 €
IVA (21 %): 20,83 €
Total: 120,00 €

Un saludo,
Administración

Artesanía Ribera, S.L. – CIF B46123456 – C/ de la Paz, 14, 2.º izda., 46003 Valencia
Inscrita en el Registro Mercantil de Valencia, Tomo 9876, Folio 45, Hoja V-123456
""", [], "Invoice with base, IVA, CIF, Registro Mercantil data and invoice number with slashes; clean."),

    _m(8, "review-request", "text", "¿Qué tal con tu pedido {o}?", """
Hola, Pablo:

Hace ya unos diez días que recibiste la mochila. Cuando tengas un rato, una reseña en Amazon ayuda mucho a quien está dudando, sea cual sea tu opinión. La puedes dejar desde la página del pedido en tu cuenta.

Un saludo,
Andrea, de Mochilas Picos
""", [], "Neutral plain-text review request; clean."),

    _m(9, "review-request", "html", "Su opinión sobre el pedido {o}", """
<p><img src="https://cdn.envialia-builder.com/m/60218/logo-jaboneria-la-alhambra.png" alt="Logo Jabonería La Alhambra" width="170" height="60"></p>
<p>Buenas tardes:</p>
<p>Hace unos días que recibió sus jabones artesanos. Si tiene un momento, puede dejar su opinión sobre el producto; sea buena o mala, a otros compradores les resulta muy útil.</p>
<p><a href="https://www.amazon.es/review/create-review?asin=B0C4N7P2RX">Escribir una opinión en Amazon</a></p>
<p>Un saludo,<br>Jabonería La Alhambra</p>
""", [], "HTML review request with shop logo (alt names shop) and descriptive https Amazon link; clean."),

    _m(10, "delivery-scheduling", "text", "Entrega de su frigorífico – pedido {o}", """
Buenos días, Sra. Domínguez:

Su frigorífico combi (75 kg) se entrega con dos operarios y se sube hasta la cocina. Para cuadrar la ruta, díganos qué franja le viene mejor:

- martes 15/12, de 8:00 a 14:00 h
- miércoles 16/12, de 15:00 a 20:00 h
- sábado 19/12, de 9:00 a 13:00 h

Indíquenos también el piso y si el edificio tiene ascensor.

Atentamente,
Logística – Electro Hogar Getafe
""", [], "Bulky delivery scheduling with dated time slots; clean."),

    _m(11, "home-service-appointment", "html", "Cita para el montaje – pedido {o}", """
<p>Hola:</p>
<p>Con tu armario has contratado el servicio de montaje. Nuestro montador, Sergio, puede pasar:</p>
<ul>
<li>el lunes 14 de diciembre a las 9:30</li>
<li>el jueves 17 de diciembre a las 16:00</li>
</ul>
<p>El montaje lleva unas dos horas. ¿Nos confirmas cuál te viene mejor contestando a este mensaje?</p>
<p>Saludos,<br>Montajes Express Sevilla</p>
""", [], "Home-service assembly appointment with time slots; clean."),

    _m(12, "custom-design-verification", "text", "Prueba de diseño para revisar – pedido {o}", """
Hola, Irene y Daniel:

Os adjuntamos la prueba de las invitaciones de boda: vuestros nombres en caligrafía, la fecha (sábado 5 de junio de 2027) y el mapa de la finca en el reverso.

Revisad con calma nombres, fecha y hora. Si está todo bien, respondednos "aprobado" y la mandamos a imprenta; si no, decidnos los cambios y os preparamos otra prueba.

Un abrazo,
Marta – Papelería El Tintero
""", [], "Custom design proof attached for approval; clean."),

    _m(13, "fulfillment-question", "text", "Pedido {o}: acceso al portal", """
Buenos días:

Para organizar la entrega del pedido {o} (ref. entrega ENT-2026-55190, expediente 4471/C) nos faltan los datos para acceder a su edificio.

¿Nos puede facilitar el código del portal, la escalera, el piso y la letra? Se los pasamos a la agencia de transporte.

Gracias,
Expediciones – Aceites Sierra Mágina
""", [], "Door-code question with reference numbers that are not phone numbers; clean."),

    _m(14, "reply", "text", "Re: Duda sobre el producto – pedido {o}", """
Hola:

Sí, el "Cast Iron Dutch Oven – Chef Series" sirve para vitrocerámica, inducción y horno hasta 250 ºC. El nombre viene en inglés porque es el del fabricante, pero las instrucciones de la caja están también en español.

Saludos,
Cocina y Menaje Zaragoza
""", [], "Reply quoting an English product title inside Spanish sentences; clean."),

    _m(15, "reply", "text", "Re: La cafetera no calienta – {o}", """
Estimada Sra. Prieto:

Sentimos la avería. Su cafetera tiene dos años de garantía del fabricante, y las reparaciones las gestiona directamente la marca.

Teléfono de garantía del fabricante Vaporella (servicio técnico oficial): 900 814 327, de lunes a viernes de 9:00 a 18:00. Tenga a mano la factura y el número de serie que aparece en la base.

Si en una semana no le han dado solución, vuelva a escribirnos por aquí.

Un saludo,
Atención al cliente – Café & Co
""", [], "Reply with the manufacturer's warranty phone line marked as such; clean."),

    _m(16, "reply", "html", "Re: Factura a nombre de empresa – {o}", """
<p>Buenos días:</p>
<p>Por supuesto, podemos emitir la factura a nombre de su empresa. Indíquenos en la respuesta la razón social, el CIF y la dirección fiscal, y se la enviamos en cuanto salga el pedido.</p>
<p>Un saludo,<br>Elena Castro<br>Responsable de administración</p>
<p><small>Herramientas Castro Hermanos, S.L. – CIF B28765432 – Polígono Industrial Las Arenas, nave 7, 28830 San Fernando de Henares (Madrid)</small></p>
""", [], "Reply with a company-details footer in <small>; clean."),

    _m(17, "reply", "text", "Re: ¿Cómo va mi devolución? – pedido {o}", """
Hola, Nuria:

Te resumo cómo está tu devolución:

- n.º de devolución: DEV-2026-07712
- recogida por la agencia: viernes 11 de diciembre, de 9:00 a 14:00 h
- n.º de seguimiento del paquete de vuelta: 0082 5561 9043 2217
- importe que te reembolsaremos: 38,95 € (gastos de devolución a nuestro cargo)

El reembolso suele hacerse en 48 h desde que nos llega el paquete.

Un saludo,
Devoluciones – Calzados Elche Moda
""", [], "Reply with return number, tracking number, date, time slot and amount; clean."),

    # ---------------- violations (31) ----------------
    _m(18, "fulfillment-question", "text", "Tu pedido {o} ya va de camino", """
¡Hola!

Tu paquete ha salido esta mañana de nuestro almacén de Alcalá y ya lo tiene SEUR. En 24-48 h lo tienes en casa.

Saludos,
Tostadores Café Origen
""", ["BSM201"], "Shipping confirmation: left the warehouse, handed to the carrier."),

    _m(19, "fulfillment-question", "text", "Pedido {o} recibido", """
Buenas tardes:

Le confirmamos que hemos recibido su pedido y ya estamos preparándolo en nuestro taller.

Atentamente,
Cerámica de Talavera Ruiz
""", ["BSM201"], "Order confirmation: received and being prepared."),

    _m(20, "fulfillment-question", "text", "¡Gracias! – pedido {o}", """
Hola:

Mil gracias por confiar en nosotros para tu compra. ¡De verdad!

El equipo de Velas Mediterráneo
""", ["BSM202"], "Thanks-only message."),

    _m(21, "fulfillment-question", "text", "Pedido {o}", """
Buenos días:

Solo queríamos decirle que, si surge cualquier problema con su pedido, aquí nos tiene para lo que necesite.

Un saludo,
Recambios Bici Norte
""", ["BSM202"], "Only an offer to help should something come up."),

    _m(22, "delivery-delay", "text", "Pedido {o} – el envío se retrasa", """
Hola:

Tu belén de barro saldrá el 17/12 en lugar del 11/12; nuestro proveedor de cajas nos ha fallado. Perdona la espera.

Un saludo,
Belenes Artesanos Murcia

P. D.: Esta semana tienes un 20 % de descuento en toda la tienda. ¡Aprovecha para tus regalos!
""", ["BSM203"], "Delay message with a P.S. promoting 20 % off the whole shop."),

    _m(23, "invoice", "text", "Tu factura – pedido {o}", """
Hola:

Te adjuntamos la factura n.º 2026/B/1190 del pedido {o}.

Por cierto, ¡acabamos de lanzar nuestra nueva colección de primavera! Síguenos en Instagram (Alpargatas La Rioja) y apúntate a la newsletter para enterarte antes que nadie.

Alpargatas La Rioja, S.L. – CIF B26123987
""", ["BSM203"], "Invoice with new-collection, follow-us and newsletter promotion."),

    _m(24, "review-request", "text", "Un detalle para ti – {o}", """
Hola, Álvaro:

Cuando publiques tu reseña de la funda del móvil, escríbenos y te mandamos un pequeño detalle como agradecimiento.

Fundas Top Store
""", ["BSM204"], "Small gift promised once the review is published."),

    _m(25, "review-request", "text", "Pedido {o} – te devolvemos el dinero", """
Hola:

En cuanto tu reseña sobre el altavoz esté publicada en Amazon, te reembolsamos el pedido completo. Opina lo que quieras, no hay condiciones.

SoundBox Iberia
""", ["BSM204"], "Full refund offered as soon as the review is online."),

    _m(26, "reply", "text", "Re: Lámpara defectuosa – {o}", """
Estimada Sra. Molina:

Nos alegra saber que con el cambio de la pieza ya funciona todo correctamente.

Le pedimos un favor: ¿podría modificar la reseña de una estrella que publicó, o incluso borrarla? A un taller pequeño como el nuestro le hace mucho daño.

Gracias de antemano,
Forja Artesana Toledo
""", ["BSM205"], "Asks to change or delete a one-star review."),

    _m(27, "review-request", "text", "¿Todo bien con el pedido {o}?", """
Hola:

Si estás contento con la tienda de campaña, nos encantaría que lo contaras en una reseña. Y si algo no te ha convencido, antes de opinar escríbenos a nosotros: preferimos solucionarlo en privado.

Outdoor Pirineo
""", ["BSM206"], "Review asked only from satisfied buyers; unhappy ones steered to the seller."),

    _m(28, "review-request", "text", "Una ayudita – pedido {o}", """
Hola, Laura:

Los pendientes te llegaron la semana pasada. Si nos dejas 5 estrellas en Amazon, nos ayudas un montón a seguir creciendo.

Bisutería Luna de Plata
""", ["BSM206"], "Asks for a five-star rating."),

    _m(29, "order-problem", "text", "[Importante] Pedido {o} – sin existencias", """
Buenos días:

Sentimos decirle que la bicicleta estática que pidió se ha agotado y no vamos a recibir más este año. Hemos ajustado el importe del pedido por falta de existencias.

Para dejarlo todo cerrado cuanto antes, lo más rápido es que solicite usted mismo la cancelación desde "Mis pedidos".

Un saludo,
Fitness Casa Directo
""", ["BSM108"], "Order problem with adjustment confirmed but advising the buyer to cancel."),

    _m(30, "order-problem", "text", "Pedido {o} – producto agotado", """
Estimado cliente:

El juego de cuchillos que eligió se ha agotado en nuestro distribuidor. Le agradeceríamos que enviara una solicitud de cancelación desde su cuenta de Amazon.

Gracias por su comprensión,
Cuchillería Albacete Online
""", ["BSM107", "BSM108"], "Out of stock: asks for a cancellation request, no adjustment confirmed."),

    _m(31, "delivery-delay", "text", "Pequeño retraso – pedido {o}", """
Hola:

Tu aceite saldrá con dos días de retraso, el lunes 14 de diciembre, porque estamos esperando las latas nuevas.

Un saludo,
Almazara Los Olivares

Si no quieres recibir más mensajes nuestros, responde BAJA.
""", ["BSM305"], "Delay message with a reply-BAJA opt-out instruction."),

    _m(32, "reply", "text", "Re: El paquete no llega – {o}", """
Hola:

Tienes toda la razón en estar cabreado: la puta agencia de transporte ha vuelto a perder un paquete, joder. Mañana te mandamos otro a nuestra costa.

Perdona el follón,
Nacho – Barbería Online Vallecas
""", ["BSM306"], "Reply with Spanish profanity about the carrier."),

    _m(33, "delivery-delay", "text", "Pedido {o} – retraso en el envío", """
Hola, Marta:

Your hand-woven basket will ship a few days later than expected, on 16 December, because our weaver is finishing a large batch. Delivery should follow within two or three working days.

Thanks for your patience,
Cestería Mallorquina
""", ["BSM104"], "Spanish greeting but an English body for an es-ES buyer."),

    _m(34, "reply", "text", "Re: Medidas de la estantería – {o}", """
Buenos días, Sr. Gil:

Para las medidas a medida mejor lo hablamos por teléfono y así no hay errores: llámeme al taller al 963 12 45 78 o al móvil 612 34 56 78.

Un saludo,
Jorge – Carpintería Gil y Sanz
""", ["BSM309"], "Reply with Spanish landline and mobile numbers (national format)."),

    _m(35, "reply", "text", "Re: Color de la lana – {o}", """
Hola:

Mándanos una foto por WhatsApp al +34 655 81 20 47 y te decimos enseguida qué tono se parece más.

Lanas del Norte
""", ["BSM309"], "Reply with an international-format phone number."),

    _m(36, "reply", "text", "Re: Garantía del patinete – {o}", """
Hola:

Para tramitar la garantía envíanos fotos del fallo y la factura a postventa@patinetesurbanos.es y lo vemos enseguida.

Patinetes Urbanos
""", ["BSM308"], "Reply with a plain e-mail address."),

    _m(37, "reply", "text", "Re: Pedido para mi restaurante – {o}", """
Buenos días:

Para pedidos al por mayor escríbanos a mayoristas arroba conservasdelcantabrico punto com indicando el número de pedido {o}.

Un saludo,
Conservas del Cantábrico
""", ["BSM308"], "Obfuscated e-mail address using 'arroba' and 'punto'."),

    _m(38, "reply", "html", "Re: Cómo cuidar la tabla – {o}", """
<p>Hola:</p>
<p>A la tabla de olivo dale un poco de aceite mineral de vez en cuando. Lo tienes explicado paso a paso en nuestra guía:</p>
<p><a href="https://www.olivoytabla.es/guias/cuidado-tablas-olivo">Guía de cuidado de tablas en la web de Olivo y Tabla</a></p>
<p>Saludos,<br>Olivo y Tabla</p>
""", ["BSM302"], "Descriptive https link to the seller's own website."),

    _m(39, "reply", "html", "Re: ¿Dónde está mi factura? – {o}", """
<p>Buenos días:</p>
<p>Puede descargar la factura desde el detalle del pedido:</p>
<p><a href="http://www.amazon.es/gp/your-account/order-details?orderID={o}">Detalle del pedido {o} en Amazon</a></p>
<p>Atentamente,<br>Informática Valle</p>
""", ["BSM301"], "Descriptive Amazon link over plain http."),

    _m(40, "review-request", "html", "Su opinión – pedido {o}", """
<p>Buenos días:</p>
<p>Hace una semana que recibió su bolso. Una opinión en Amazon, sea la que sea, ayuda a otros compradores.</p>
<p><img src="https://cdn.envialia-builder.com/m/71320/bolso-piel-bandolera-cuero-ubrique.jpg" alt="Bolso bandolera de piel Ubrique color cuero" width="320" height="320"></p>
<p>Gracias,<br>Marroquinería Ubrique</p>
""", ["BSM310"], "Photo of the purchased bag (file name and alt name it)."),

    _m(41, "delivery-delay", "html", "Cierre por vacaciones – pedido {o}", """
<p>Hola:</p>
<p>El taller cierra por Navidad del 24/12 al 6/01: tu pedido saldrá el 7 de enero.</p>
<p><img src="https://cdn.envialia-builder.com/m/71320/arbol-navidad-luces-nieve.jpg" alt="Árbol de Navidad con luces y nieve" width="300" height="200"></p>
<p>¡Felices fiestas!<br>Cuero y Tradición</p>
""", ["BSM311"], "Delay message with an unrelated Christmas-tree stock image."),

    _m(42, "review-request", "html", "¿Nos deja su opinión? – pedido {o}", """
<p><img src="https://cdn.envialia-builder.com/m/80455/logo-herboristeria-el-romero.png" alt="" width="150" height="50"></p>
<p>Buenos días:</p>
<p>Hace unos días que le llegaron las infusiones. Si quiere, puede dejar una opinión:</p>
<p><a href="https://www.amazon.es/review/create-review?asin=B0D5H1J8KL">Opinar sobre las infusiones en Amazon</a></p>
<p>Herboristería El Romero</p>
""", ["BSM402"], "Shop logo with empty alt."),

    _m(43, "reply", "text", "Re: Talla del jersey – {o}", """
Hola, Paula:

Talla normal, coge la de siempre 👍 Con el primer lavado se queda más suave.

Besos,
Punto y Ovillo
""", ["BSM403"], "Reply with an emoji."),

    _m(44, "reply", "text", "Re: ¿Cuándo llega? – {o}", """
Buenos días:

La entrega sigue prevista para el 12/12. Pesa bastante, ¡prepare los brazos! :D

Saludos,
Viveros Hermanos Peña
""", ["BSM403"], "Reply with a text emoticon :D."),

    _m(45, "delivery-delay", "html", "Novedades sobre su pedido {o}", """
<style>
.h { font-size: 23px; }
.s { font-size: 18px; }
.n { font-size: 14px; }
.p { font-size: 11px; }
</style>
<p class="h">Retraso en el envío</p>
<p class="s">Pedido {o}</p>
<p class="n">Su sofá saldrá el 22 de diciembre en vez del 15: hay que retapizar un cojín.</p>
<p class="p">Sofás Ronda, S.L. – CIF B29456123</p>
""", ["BSM410"], "Four explicit font sizes in a <style> block."),

    _m(46, "additional-information", "html", "Pedido {o} – necesitamos el modelo", """
<p>Buenos días:</p>
<p>Para mandarle el cargador correcto necesitamos el modelo exacto de su portátil (viene en la pegatina de la base).</p>
<p>&nbsp;</p>
<p>&nbsp;</p>
<p>Gracias,<br>Recambios Informáticos Soria</p>
""", ["BSM412"], "Two empty paragraphs between paragraphs."),

    _m(47, "reply", "text", "[Importante] Re: Tallas de las botas – {o}", """
Hola:

Las botas tallan un poco grande: si sueles usar un 40, con un 39 irás bien.

Un saludo,
Botas Camperas Valverde
""", ["BSM110"], "[Importante] tag on an ordinary reply."),

    _m(48, "reply", "text", "Re: Instrucciones de montaje – {o}", """
Hola:

Las instrucciones están en la ficha del producto en Amazon: https://www.amazon.es/dp/B0C9R4T7UM

Saludos,
Muebles Kit Cuenca
""", ["BSM401"], "Bare https Amazon URL as the only link text."),

    # ---------------- variants (2) ----------------
    _m(49, "delivery-scheduling", "html", "Elija su franja de entrega – pedido {o}", """
<p>Buenos días:</p>
<p>Su lavadora se entrega con dos operarios. Elija la franja que prefiera:</p>
<form>
<p><label><input type="radio" name="franja" value="1"> martes 15/12, de 8:00 a 14:00 h</label></p>
<p><label><input type="radio" name="franja" value="2"> jueves 17/12, de 15:00 a 20:00 h</label></p>
<p><input type="submit" value="Confirmar franja"></p>
</form>
<p>Atentamente,<br>Electro Hogar Burgos</p>
""", ["BSM312"], "Builder HTML with an embedded form to pick a delivery slot."),

    _m(50, "delivery-delay", "html", "Pedido {o} – nueva fecha de envío", """
<div style="padding: 0 140px;">
<p><img src="https://cdn.envialia-builder.com/m/90177/cabecera-tienda-turrones-jijona-artesanos.png" alt="Cabecera de la tienda Turrones Jijona Artesanos" width="580" height="120"></p>
<p>Hola:</p>
<p>Tu lote de turrones saldrá el 18 de diciembre en lugar del 12: estamos esperando una partida de almendra marcona.</p>
<p>Un saludo,<br>Turrones Jijona Artesanos</p>
</div>
""", ["BSM405", "BSM406"], "140 px side padding and a 580 px wide shop banner."),
]
