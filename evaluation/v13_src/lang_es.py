"""v13 blind evaluation set: Spanish (es-ES). Standard library only."""

LANG, LOCALE, PREFIX = "es", "es-ES", "445"


def _oid(i):
    a = (6180339 + 92821 * i) % 9000000 + 1000000
    b = (1414213 + 127579 * i) % 9000000 + 1000000
    return f"{PREFIX}-{a:07d}-{b:07d}"


# (type, format, subject, body, expected, note) ; "{O}" = order number, "{N}" = same without hyphens
_RAW = [
# ---------------- clean (17) ----------------
("delivery-delay", "html", "Pedido {O}: cambio en la fecha de envío",
"""<p>Hola, Lucía:</p>
<p>Te escribimos por tu pedido <strong>{O}</strong> (juego de sábanas de percal, 150 cm). Nuestro taller de Crevillent ha tenido una avería en la máquina de coser industrial y el envío se retrasa: en lugar del 14/12/2026, saldrá previsiblemente el <strong>18/12/2026</strong>.</p>
<p>Sentimos mucho el retraso. Si prefieres no esperar, contesta a este mensaje y lo vemos.</p>
<p>Un saludo,<br>Rocío<br><small>Textil Hogar Alicante</small></p>""", [], "Clean HTML delivery delay."),
("delivery-delay", "text", "Retraso en el envío del pedido {O}",
"""Estimado Sr. Navarro:

Le informamos de que la bicicleta estática de su pedido {O} no podrá salir de nuestras instalaciones en la fecha anunciada. El fabricante nos ha comunicado que el lote llegará el lunes 21 de diciembre, por lo que calculamos enviarla el martes 22.

Lamentamos las molestias. Si no le conviene esperar, basta con que nos responda a este mensaje.

Atentamente,
Departamento de pedidos
FitnessMarket Ibérica""", [], "Clean text delivery delay."),
("order-problem", "text", "[Importante] Pedido {O}: no podemos enviar el artículo",
"""Hola:

Lamentamos comunicarte que el jamón ibérico de bellota de tu pedido {O} no puede enviarse: la última pieza disponible no superó nuestro control de curación.

Ya hemos ajustado el importe del pedido por falta de existencias y se te devolverán los 189,50 € al mismo medio de pago en los próximos días hábiles.

Disculpa las molestias,
Ibéricos Dehesa Real""", [], "Clean order problem with [Importante] and the amount adjusted."),
("additional-information", "text", "Pedido {O}: necesitamos un dato",
"""Buenas tardes, Sr. Iglesias:

Para tramitar el envío de la estufa de pellets de su pedido {O} necesitamos confirmar si la entrega es en un bajo o en un piso. Si es en un piso, ¿nos indica la planta y si el edificio tiene ascensor? El aparato pesa 92 kg embalado y el transportista tiene que saberlo.

Muchas gracias,
Calor Natural Burgos""", [], "Clean request for information needed to complete the order."),
("return-follow-up", "html", "Devolución del pedido {O}: una alternativa",
"""<p>Buenos días, Sra. Romero:</p>
<p>Hemos recibido su solicitud de devolución del espejo de pie del pedido {O} por un pequeño arañazo en el marco.</p>
<p>Si lo prefiere, puede quedárselo y le abonamos un reembolso parcial de 30,00 € de los 119,00 € pagados. Si acepta, respóndanos con un «de acuerdo»; si no, seguimos con la devolución normal sin problema.</p>
<p>Saludos cordiales,<br>Álvaro Méndez<br>Atención al cliente – Espejos y Marcos Sevilla</p>""", [], "Clean return follow-up with a partial refund offer."),
("return-follow-up", "text", "Sobre la devolución de tu pedido {O}",
"""Hola, Pablo:

Para completar la devolución de las zapatillas del pedido {O} necesitamos saber qué talla vas a devolver: en tu solicitud aparecen dos pares (42 y 43) y solo uno marcado para devolver.

Con eso lo cerramos enseguida.

Un saludo,
Runners Valencia""", [], "Clean return follow-up asking for information."),
("invoice", "text", "Factura del pedido {O}",
"""Estimada Sra. Castro:

Le adjuntamos la factura n.º F-2026/12/0318 correspondiente a su pedido {O} del 03/12/2026.

Base imponible: 165,29 €
IVA (21 %): 34,71 €
Total: 200,00 €

Un cordial saludo,
Administración
Cerámica Talavera Hermanos Ruiz, S.L.
C/ del Alfar 9, 45600 Talavera de la Reina (Toledo)
CIF B45123678 – Inscrita en el Registro Mercantil de Toledo, Tomo 1432, Folio 87, Hoja TO-31245""", [], "Clean invoice with CIF, registry data and an invoice number with slashes."),
("review-request", "html", "¿Qué te ha parecido tu pedido {O}?",
"""<p><img src="https://media.aceitunasdelsur.es/marca/aceitunas-del-sur-logo.png" alt="Aceitunas del Sur" width="170"></p>
<p>Hola, Carmen:</p>
<p>Tu lote de aceite de oliva virgen extra (pedido {O}) llegó hace unos días. Cuando lo hayas probado, puedes contar tu experiencia a otros compradores en Amazon:</p>
<p><a href="https://www.amazon.es/review/create-review?asin=B0CQ2W8N5T">Escribir una opinión sobre el aceite en Amazon.es</a></p>
<p>Gracias,<br>Aceitunas del Sur</p>""", [], "Clean HTML review request with logo and descriptive Amazon link."),
("review-request", "text", "Tu opinión sobre el pedido {O}",
"""Buenos días, Sr. Molina:

Hace una semana recibió la lámpara de sobremesa de su pedido {O}. Si le apetece, puede dejar una valoración en Amazon; tanto los comentarios buenos como los críticos nos sirven a nosotros y a otros clientes.

Un saludo,
Iluminación Nórdica Madrid""", [], "Clean neutral review request in plain text."),
("delivery-scheduling", "text", "Entrega del frigorífico – pedido {O}",
"""Buenos días, Sra. Ortega:

El frigorífico combi de su pedido {O} (78 kg) se entrega con servicio de dos operarios. Tenemos disponibles estas franjas:

- jueves 14 de enero de 2027, de 9:00 a 13:00
- viernes 15 de enero de 2027, de 16:00 a 20:00
- lunes 18 de enero de 2027, de 9:00 a 13:00

Díganos cuál prefiere. Si hay que retirar el aparato antiguo, indíquenoslo también.

Atentamente,
Logística Electro Norte""", [], "Clean delivery scheduling for a bulky item."),
("home-service-appointment", "text", "Cita para el montaje – pedido {O}",
"""Hola, Javier:

Nuestro montador puede ir a montar el armario del pedido {O} el miércoles 16/12 entre las 10:00 y las 12:00 o el jueves 17/12 entre las 17:00 y las 19:00. ¿Qué día te va mejor?

El montaje lleva unas dos horas.

Saludos,
Montajes Express Zaragoza""", [], "Clean home-service appointment."),
("custom-design-verification", "html", "Prueba de diseño de tu taza – pedido {O}",
"""<p>Hola, Marta:</p>
<p>Te adjuntamos la prueba de diseño (prueba_taza_abuela_v1.pdf) de las tazas personalizadas de tu pedido <strong>{O}</strong>. Revisa, por favor:</p>
<ul>
<li>el texto «La mejor abuela del mundo»;</li>
<li>la foto y su recorte;</li>
<li>el color del asa (turquesa).</li>
</ul>
<p>En cuanto nos des el visto bueno por escrito, las imprimimos.</p>
<p>Un abrazo,<br>Tazas con Alma</p>""", [], "Clean custom design proof."),
("fulfillment-question", "text", "Código del portal – pedido {O}",
"""Buenos días, Sr. Delgado:

El repartidor no pudo entregar ayer el paquete de su pedido {O}: el portal tiene código y la dirección no lo indica. El envío (ref. SEUR 2026-ENV-55817, incidencia n.º 4471/B) está retenido en la delegación.

¿Nos facilita el código del portal y, si lo hay, el de la urbanización? Reprogramamos la entrega en cuanto lo tengamos.

Gracias,
Vinos Ribera Selección""", [], "Clean door-code question with reference numbers."),
("reply", "text", "Re: Consulta sobre el producto – pedido {O}",
"""Hola, Nuria:

Sí, la «Bamboo Bread Box with Cutting Board Lid» de tu pedido {O} cabe en una encimera de 60 cm de fondo: mide 40 x 25 x 20 cm. La tapa sirve de tabla de cortar, solo hay que darle la vuelta.

Un saludo,
Cocina Zen""", [], "Clean reply quoting an English product title in Spanish sentences."),
("reply", "html", "Re: Garantía de la cafetera – pedido {O}",
"""<p>Buenas tardes, Sr. Vega:</p>
<p>La cafetera superautomática de su pedido {O} tiene tres años de garantía, gestionada directamente por el fabricante. Puede llamar al servicio de garantía del fabricante De'Longhi: 902 100 775 (de lunes a viernes, de 9:00 a 18:00). Tenga a mano el número de serie.</p>
<p>Atentamente,<br>Café en Casa</p>""", [], "Clean reply with the manufacturer's warranty line marked as such."),
("reply", "text", "Re: Datos fiscales – pedido {O}",
"""Hola, Sr. Prieto:

Le pasamos, como nos pidió, los datos de nuestra empresa para el pedido {O}. También aparecen en la factura de su cuenta de Amazon.

Un saludo,
Beatriz Soler, administración

Herramientas Soler e Hijos, S.L.
Polígono Industrial Can Roqueta, C/ Fusters 14, 08202 Sabadell (Barcelona)
CIF B08765432 – Reg. Merc. de Barcelona, Tomo 44512, Folio 120, Hoja B-456789""", [], "Clean reply with a company-details footer."),
("reply", "text", "Re: ¿Cuándo me devolvéis el dinero? Pedido {O}",
"""Hola, Andrea:

Tu devolución del pedido {O} llegó a nuestro almacén el 02/12/2026 a las 12:35 (seguimiento Correos Express 3230079451826, autorización de devolución RMA-ES-20931). El reembolso de 42,95 € se emitió el mismo día a las 18:10; según tu banco puede tardar entre 3 y 5 días hábiles en verse.

Saludos,
Atención al cliente MiniModa""", [], "Clean reply with tracking and return numbers, dates, times and amounts."),
# ---------------- violations (31) ----------------
("fulfillment-question", "html", "¡Tu pedido {O} ya va de camino!",
"""<p>Hola, Alba:</p>
<p>Tus botes de especias del pedido {O} salieron esta mañana de nuestro almacén de Getafe y ya los tiene MRW.</p>
<p>¡Que los disfrutes!<br>Especias del Mundo</p>""", ["BSM201"], "Shipping confirmation: left the warehouse, with the carrier."),
("fulfillment-question", "text", "Hemos recibido tu pedido {O}",
"""Hola, Sergio:

Te confirmamos que tu pedido {O} ha entrado correctamente y ya estamos preparando el paquete con las tres camisetas técnicas.

Deportes Cantábrico""", ["BSM201"], "Order received and being prepared."),
("reply", "text", "¡Gracias! – pedido {O}",
"""Hola, Irene:

¡Mil gracias por tu compra (pedido {O})! Nos hace muchísima ilusión que hayas confiado en nuestro pequeño taller.

Un abrazo,
Velas La Candela""", ["BSM202"], "Thanks only."),
("fulfillment-question", "text", "Pedido {O}",
"""Estimado cliente:

Solo queríamos recordarle que, si surgiera cualquier incidencia con su pedido {O}, estamos a su disposición para ayudarle.

Atentamente,
Servicio al cliente Informática Levante""", ["BSM202"], "Only the offer to help if anything comes up."),
("delivery-delay", "text", "Pequeño retraso en tu pedido {O}",
"""Hola, Raúl:

La funda para portátil de tu pedido {O} saldrá el 19/12 en lugar del 16/12 por un retraso del proveedor. Disculpa la espera.

Urban Cases

P.D.: Esta semana tienes un 20 % de descuento en toda nuestra colección en nuestra tienda de Amazon. ¡No te lo pierdas!""", ["BSM203"], "Delay message with a promotional P.S."),
("review-request", "html", "Tu opinión sobre el pedido {O}",
"""<p>Hola:</p>
<p>Si tienes un momento, puedes dejar una opinión sobre el cuaderno de acuarela de tu pedido {O} en Amazon.</p>
<p>Y si quieres enterarte antes que nadie de nuestras novedades, síguenos en Instagram como «Papelería Lámina» y apúntate a nuestro boletín: en enero llega la nueva colección de acuarelas.</p>
<p>Papelería Lámina</p>""", ["BSM203"], "Review request with follow-us, newsletter and new collection."),
("review-request", "text", "Un detalle para ti – pedido {O}",
"""Hola, Cristina:

Si publicas una reseña del neceser de tu pedido {O} y nos envías el enlace cuando ya esté visible, te mandamos un pequeño detalle de agradecimiento con tu próxima compra.

Un saludo,
Bolsos Mediterráneo""", ["BSM204"], "Small gift once the review is published."),
("review-request", "text", "Propuesta sobre tu pedido {O}",
"""Hola, Diego:

Te proponemos algo: en cuanto tu reseña de los auriculares inalámbricos (pedido {O}) aparezca publicada en Amazon, te reembolsamos el importe íntegro de la compra. Solo tienes que mandarnos una captura.

SoundBox España""", ["BSM204"], "Full refund as soon as the review is online."),
("reply", "text", "Re: Su valoración – pedido {O}",
"""Buenos días, Sr. Herrera:

Nos alegra que la pieza de recambio del robot aspirador (pedido {O}) ya le haya llegado y funcione. Ya que el problema está resuelto, ¿podría modificar la valoración de una estrella que dejó o, si lo prefiere, eliminarla?

Gracias por su comprensión,
Robótica Hogar""", ["BSM205"], "Asks to change or remove a one-star review."),
("review-request", "text", "¿Contento con tu pedido {O}?",
"""Hola:

Si estás satisfecho con el organizador de cajones de tu pedido {O}, déjanos una reseña en Amazon. Si algo no te ha gustado, mejor escríbenos primero a nosotros antes de opinar en la web, y lo solucionamos.

Orden en Casa""", ["BSM206"], "Review only if satisfied; unhappy buyers steered away."),
("review-request", "html", "Un favor – pedido {O}",
"""<p>Hola, Laura:</p>
<p>Somos una tienda familiar y cada valoración cuenta muchísimo. Si la tetera eléctrica de tu pedido {O} te ha gustado, ¿nos regalarías cinco estrellas en Amazon?</p>
<p>Gracias,<br>La Casa del Té</p>""", ["BSM206"], "Asks for five stars."),
("order-problem", "text", "Pedido {O}: artículo agotado",
"""Estimada Sra. Gil:

El abrigo de paño de su pedido {O} se ha agotado y no podremos enviárselo. Ya hemos ajustado el importe del pedido por falta de stock.

Para agilizar el cierre, lo más rápido es que usted misma cancele el pedido desde «Mis pedidos».

Atentamente,
Moda Castellana""", ["BSM108"], "Adjustment confirmed but buyer advised to cancel herself."),
("order-problem", "text", "Sobre tu pedido {O}",
"""Hola:

Nos hemos quedado sin existencias de la sartén de hierro y no sabemos cuándo volverá a entrar. Te agradeceríamos que solicitaras la cancelación del pedido {O} desde tu cuenta de Amazon.

Perdona las molestias,
Menaje Vasco""", ["BSM107", "BSM108"], "Cancellation request after a stock-out, no adjustment."),
("delivery-delay", "html", "Nueva fecha para tu pedido {O}",
"""<p>Hola, Elena:</p>
<p>El juego de mesa de tu pedido {O} saldrá el 22 de diciembre en lugar del 17.</p>
<p>¿No quieres recibir más mensajes nuestros? Responde BAJA y te eliminamos de nuestra lista.</p>
<p>Juegos de Mesa Tablero</p>""", ["BSM305"], "Opt-out instruction (reply BAJA)."),
("reply", "text", "Re: Paquete roto – pedido {O}",
"""Hola, Sr. Cabrera:

Madre mía, vaya mierda de transportista: por las fotos, está claro que tiraron la caja. Le enviamos hoy mismo otra vajilla para el pedido {O}, sin coste.

Vajillas Mediterráneas""", ["BSM306"], "Spanish profanity in a reply."),
("delivery-delay", "text", "Encomenda {O} – atraso",
"""Olá, Sr. Morales,

Infelizmente, o envio do tapete do seu pedido {O} vai atrasar alguns dias. Prevemos enviá-lo a 20 de dezembro.

Com os melhores cumprimentos,
Alfombras Toledo""", ["BSM104"], "Spanish-locale buyer, message entirely in Portuguese."),
("reply", "text", "Re: Instalación – pedido {O}",
"""Buenas tardes:

Para la instalación del grifo termostático del pedido {O} lo mejor es que nos llame al 963 41 27 85 y se lo explicamos paso a paso.

Saludos,
Fontanería Turia""", ["BSM309"], "Seller's phone number in national format."),
("additional-information", "html", "Talla del casco – pedido {O}",
"""<p>Hola:</p>
<p>Para el casco de moto del pedido {O}, ¿nos confirmas la talla (M o L)? Si te resulta más cómodo, escríbenos por WhatsApp al +34 655 20 41 87.</p>
<p>Moto Equipamiento Sur</p>""", ["BSM309"], "Seller's mobile in international format."),
("reply", "text", "Re: Factura a nombre de empresa – pedido {O}",
"""Buenos días:

Para emitir la factura del pedido {O} a nombre de su empresa, mándenos la razón social y el CIF a facturacion@suministrosoficina24.es y se la preparamos hoy.

Suministros Oficina 24""", ["BSM308"], "Plain e-mail address."),
("reply", "text", "Re: Falta una pieza – pedido {O}",
"""Hola:

Sentimos que falte un tornillo en el pedido {O}. Escríbenos a recambios arroba mueblesdelnorte punto es indicando la referencia T-12 y te lo mandamos.

Muebles del Norte""", ["BSM308"], "E-mail address obfuscated with arroba/punto."),
("reply", "html", "Re: Cuidado de la planta – pedido {O}",
"""<p>Hola, Sra. Pastor:</p>
<p>Para el olivo en maceta de su pedido {O} le recomendamos riego moderado en invierno. Hemos preparado una guía más completa:</p>
<p><a href="https://www.viveroslaalameda.es/guia-cuidado-olivo">Guía de cuidados del olivo en la web de Viveros La Alameda</a></p>
<p>Saludos,<br>Viveros La Alameda</p>""", ["BSM302"], "https link to the seller's own site with descriptive text."),
("reply", "text", "Re: Medidas – pedido {O}",
"""Hola:

Las medidas de la mochila del pedido {O} están en la ficha del producto en Amazon, en el apartado de detalles técnicos (http://www.amazon.es/dp/B0D1H6K3QS).

Saludos,
Mochilas Trekking""", ["BSM301", "BSM401"], "Insecure http Amazon link given as a bare URL."),
("delivery-delay", "html", "Retraso – pedido {O}",
"""<p>Hola, Sr. Campos:</p>
<p>La silla de oficina de su pedido {O} saldrá el 21/12 en lugar del 16/12.</p>
<p><img src="https://img.oficinaergo.es/productos/silla-oficina-ergonomica-malla-gris.jpg" alt="Silla de oficina ergonómica de malla gris" width="250"></p>
<p>Disculpe las molestias,<br>Oficina Ergo</p>""", ["BSM310"], "Image of the purchased product."),
("review-request", "html", "Tu opinión – pedido {O}",
"""<p><img src="https://images.stockpics-cdn.com/playa-palmeras-atardecer.jpg" alt="Playa con palmeras al atardecer" width="320"></p>
<p>Hola:</p>
<p>Si quieres, puedes dejar tu opinión sobre las gafas de sol de tu pedido {O} en Amazon.</p>
<p>Gafas Solares</p>""", ["BSM311"], "Unrelated stock image."),
("reply", "html", "Re: Tiempo de carga – pedido {O}",
"""<p><img src="https://cdn.patinetesurbanos.es/logo-patinetes-urbanos.png" alt="" width="150"></p>
<p>Hola:</p>
<p>El patinete del pedido {O} tarda unas 6 horas en cargarse por completo.</p>
<p>Patinetes Urbanos</p>""", ["BSM402"], "Shop logo with empty alt."),
("reply", "text", "Re: Cambio de color – pedido {O}",
"""¡Hola, Paula!

Claro que sí, te cambiamos la funda del pedido {O} por la verde 💚 Te mandamos la etiqueta de devolución hoy mismo 🙌

Fundas Mil""", ["BSM403"], "Emoji."),
("reply", "text", "Re: Compatibilidad – pedido {O}",
"""Hola, Toni:

Sí, el mando del pedido {O} es compatible con tu consola, sin problema :)

Gaming Point""", ["BSM403"], "Emoticon :)."),
("delivery-delay", "html", "Retraso – pedido {O}",
"""<style>
.cab { font-size: 25px; }
.sub { font-size: 20px; }
.cuerpo { font-size: 15px; }
.legal { font-size: 10px; }
</style>
<div class="cab">Tu envío se retrasa</div>
<div class="sub">Pedido {O}</div>
<p class="cuerpo">Hola, la colcha de tu pedido saldrá el 23/12 en lugar del 18/12.</p>
<p class="legal">Textiles Galicia, S.L. – A Coruña</p>""", ["BSM410"], "Four explicit font sizes in a style block."),
("additional-information", "text", "Un dato para tu pedido {O}",
"""Hola:

Para el pedido {O} necesitamos saber si quieres la alfombra en 160 x 230 o en 200 x 290.



Gracias,
Alfombras Toledo""", ["BSM412"], "Three consecutive blank lines in plain text."),
("invoice", "text", "[Importante] Factura del pedido {O}",
"""Buenos días:

Le adjuntamos la factura n.º 2026/A/1187 de su pedido {O}.

Atentamente,
Administración Deportes Cantábrico, S.L. – CIF B39876543""", ["BSM110"], "[Importante] on an invoice."),
("reply", "html", "Re: Manual – pedido {O}",
"""<p>Hola:</p>
<p>El manual del purificador de aire de tu pedido {O} está en la ficha del producto. Para verlo, <a href="https://www.amazon.es/dp/B0C5T7V2XK">pincha aquí</a>.</p>
<p>Aire Limpio</p>""", ["BSM401"], "Non-descriptive link text (pincha aquí)."),
# ---------------- varying (2) ----------------
("review-request", "html", "Tu opinión cuenta – pedido {O}",
"""<p><a href="https://www.cesteriavalenciana.es"><img src="https://www.cesteriavalenciana.es/img/logo-cesteria-valenciana.png" alt="Cestería Valenciana" width="160"></a></p>
<p>Hola, Sra. Blasco:</p>
<p>Si le apetece, puede compartir en Amazon su opinión sobre la cesta de mimbre de su pedido {O}.</p>
<p>Cestería Valenciana</p>""", ["BSM302", "BSM304"], "Shop logo linked to the seller's website."),
("delivery-delay", "text", "Pedido {O} – retraso",
"""Hola, Sr. Rubio:

We are sorry to let you know that the garden bench in your order {O} will ship later than planned. Our carpenter needs a few more days, so we now expect to send it on 22 December.

If you would rather not wait, just reply to this message and we will sort it out together.

Best regards,
Carpintería Rubio Verde""", ["BSM104"], "Greeting in Spanish, body paragraphs in English."),
]


MESSAGES = []
for _i, (_t, _f, _s, _b, _e, _n) in enumerate(_RAW, start=1):
    _o = _oid(_i)
    MESSAGES.append({
        "id": f"v13-{LANG}-{_i:03d}",
        "language": LANG,
        "locale": LOCALE,
        "type": _t,
        "format": _f,
        "subject": _s.replace("{O}", _o),
        "body": _b.replace("{O}", _o).replace("{N}", _o.replace("-", "")),
        "order_id": _o,
        "expected": sorted(_e),
        "note": _n,
    })
