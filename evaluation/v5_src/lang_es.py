"""v5 blind evaluation set, Spanish (es-ES)."""

MESSAGES = []


def _m(n, typ, fmt, subject, body, order, expected, note, locale="es-ES"):
    MESSAGES.append({
        "id": "v5-es-%03d" % n, "language": "es", "locale": locale, "type": typ,
        "format": fmt, "subject": subject, "body": body, "order_id": order,
        "expected": sorted(expected), "note": note,
    })


# ---------------- clean ----------------
_m(1, "delivery-delay", "text", "Tu pedido 307-3318027-6640915 sale unos días más tarde",
"""Hola, Laura:

Te escribimos porque la sartén de hierro fundido de tu pedido 307-3318027-6640915 nos llega del fabricante con retraso. En lugar del 9 de diciembre, la enviaremos el miércoles 16.

Sentimos mucho la espera.

Un saludo,
Rocío
Menaje El Fogón""", "307-3318027-6640915", [], "Plain-text delivery delay, informal tú register.")

_m(2, "delivery-delay", "html", "Retraso en el envío del pedido 307-8804461-2217390",
"""<p>Estimado Sr. Navarro:</p>
<p>Le informamos de que su <strong>estantería metálica de 5 baldas</strong> (pedido 307-8804461-2217390) no podrá salir de nuestro almacén en la fecha prevista por un retraso de nuestro proveedor de tornillería.</p>
<p>La nueva fecha de envío es el <strong>jueves 17 de diciembre</strong>. Puede consultar en todo momento el estado en <a href="https://www.amazon.es/gp/your-account/order-history">Mis pedidos en Amazon</a>.</p>
<p>Atentamente,<br>Departamento de Atención al Cliente<br><small>Almacenajes Ibéricos</small></p>""", "307-8804461-2217390", [], "Builder HTML delay with descriptive Amazon link.")

_m(3, "order-problem", "text", "[Importante] Pedido 307-1157702-9983146: artículo no disponible",
"""Buenos días:

Lamentamos comunicarle que no podemos enviar el artículo de su pedido 307-1157702-9983146 (mochila escolar azul marino): la última unidad resultó dañada en el almacén y el fabricante ha dejado de producir el modelo.

Ya hemos ajustado el importe del pedido a 0,00 € por falta de existencias, de modo que recibirá el reembolso de 42,95 € en su método de pago en los próximos días.

Disculpe las molestias,
Equipo de Papelería Alameda""", "307-1157702-9983146", [], "Order problem with amount adjusted; [Importante] allowed.")

_m(4, "additional-information", "text", "Pedido 307-6026193-4458870: texto para el grabado",
"""Hola, Javier:

Para grabar tu navaja (pedido 307-6026193-4458870) nos falta saber el texto. Caben hasta 15 caracteres en la hoja, en mayúsculas.

¿Nos lo puedes enviar respondiendo a este mensaje de Amazon? En cuanto lo tengamos, pasa al taller.

Gracias,
Cuchillería Albacete Martínez""", "307-6026193-4458870", [], "Request for engraving text needed to complete the order.")

_m(5, "return-follow-up", "html", "Devolución del pedido 307-2290814-7736502",
"""<p>Estimada Sra. Ortega:</p>
<p>Hemos recibido su solicitud de devolución de la mesa auxiliar por el arañazo en la superficie.</p>
<p>Si lo prefiere, en lugar de devolverla podemos ofrecerle un reembolso parcial de 25 € y usted se queda con la mesa. Indíquenos si le parece bien; si no, seguimos con la devolución habitual sin problema.</p>
<p>Un cordial saludo,<br>Alberto Gil<br>Atención al cliente, Muebles Sierra (pedido 307-2290814-7736502)</p>""", "307-2290814-7736502", [], "Return follow-up offering a partial refund.")

_m(6, "return-follow-up", "text", "Devolución 307-9931147-0028863: una pregunta",
"""Buenas tardes:

Para tramitar la devolución del pedido 307-9931147-0028863 necesitamos saber si las zapatillas se han usado en exterior y si conserva la caja original.

Muchas gracias,
Departamento de devoluciones
Calzados Ribera""", "307-9931147-0028863", [], "Return follow-up asking for information needed.")

_m(7, "invoice", "text", "Factura F/2026/00318 – pedido 307-4473380-1160257",
"""Buenos días:

Le adjuntamos la factura n.º F/2026/00318, de fecha 01/12/2026, correspondiente a su pedido 307-4473380-1160257. Importe total: 181,50 € (base imponible 150,00 € + IVA 21 % 31,50 €).

Reciba un cordial saludo,

Administración
Suministros Eléctricos Valls, S.L.
Calle de la Industria, 22, nave 4, 46980 Paterna (Valencia)
CIF B-98765432 – Inscrita en el Registro Mercantil de Valencia, tomo 10234, folio 88, hoja V-176543""", "307-4473380-1160257", [], "Invoice with CIF, registry data and slashed invoice number.")

_m(8, "review-request", "text", "¿Qué le ha parecido su pedido 307-7750129-3384416?",
"""Hola:

Hace unos días recibió su cafetera de goteo (pedido 307-7750129-3384416). Si tiene un momento, puede dejar una reseña en Amazon; cualquier opinión, buena o mala, ayuda a otros compradores.

Gracias por su tiempo,
Café y Aroma Tienda""", "307-7750129-3384416", [], "Neutral plain-text review request.")

_m(9, "review-request", "html", "Pedido 307-1083364-5579221: su opinión",
"""<table width="100%" cellpadding="0" cellspacing="0">
<tr><td><img src="https://cdn.aceitesdeljiloca.es/img/logo-aceites-del-jiloca.png" alt="Aceites del Jiloca" width="190" height="64"></td></tr>
<tr><td>
<p>Hola, Pilar:</p>
<p>Esperamos que estés disfrutando del aceite de oliva virgen extra de tu pedido 307-1083364-5579221. Si quieres contar tu experiencia, sea cual sea, solo te lleva un minuto:</p>
<p><a href="https://www.amazon.es/review/create-review?asin=B0C5T2M8LX">Escribir una opinión sobre el aceite en Amazon</a></p>
<p>Un abrazo,<br>Aceites del Jiloca</p>
</td></tr>
</table>""", "307-1083364-5579221", [], "HTML review request with logo (alt names shop) and descriptive Amazon link.")

_m(10, "delivery-scheduling", "text", "Entrega de su lavavajillas – pedido 307-5561902-8842037",
"""Estimada Sra. Serrano:

Su lavavajillas (pedido 307-5561902-8842037) lo entregará nuestro transportista de gran volumen, que lo sube hasta la cocina. Tenemos estas franjas disponibles:

- lunes 14 de diciembre, de 9:00 a 14:00
- miércoles 16 de diciembre, de 16:00 a 20:00
- sábado 19 de diciembre, de 10:00 a 14:00

Díganos qué franja le viene mejor y si el edificio tiene ascensor.

Un saludo,
Sergio Ramos Prieto
Electrodomésticos Levante""", "307-5561902-8842037", [], "Bulky-item delivery scheduling with time slots.")

_m(11, "home-service-appointment", "html", "Cita para la instalación – pedido 307-3379958-6610484",
"""<p>Buenos días, Sr. Molina:</p>
<p>Para instalar el aire acondicionado de su pedido 307-3379958-6610484 nuestro técnico puede ir:</p>
<ul>
<li>el martes 15/12, entre las 8:00 y las 10:00;</li>
<li>el viernes 18/12, entre las 15:00 y las 17:00.</li>
</ul>
<p>La instalación dura unas tres horas. Confírmenos la cita que prefiera respondiendo a este mensaje.</p>
<p>Atentamente,<br>Climatizaciones Turia</p>""", "307-3379958-6610484", [], "Home-service appointment with slots.")

_m(12, "custom-design-verification", "text", "Boceto de su cojín personalizado – pedido 307-8127746-2209358",
"""Hola, Marta:

Te adjuntamos el boceto de tu cojín personalizado (pedido 307-8127746-2209358): la foto de tus dos gatos en el centro y el texto «Hogar, dulce hogar» debajo.

Revisa el texto y la posición de la foto. Si está todo bien, contesta «aprobado»; si quieres cambiar algo, dinos qué. No imprimimos nada hasta tener tu visto bueno.

Gracias,
Nuria – Estampados La Pedrera""", "307-8127746-2209358", [], "Custom design proof for verification.")

_m(13, "fulfillment-question", "text", "Pedido 307-0265581-7713049: código del portal",
"""Buenos días:

Para entregar su pedido 307-0265581-7713049 el jueves 10/12 entre las 9:00 y las 14:00 (envío n.º 0041 2287 6634 5510, referencia de almacén ALC-19/332), el repartidor tendrá que acceder al portal.

¿Nos podría indicar el código de acceso o el piso y la letra para llamar al portero automático? Se lo pasaremos nosotros.

Gracias,
Envíos – Bodega Los Almendros""", "307-0265581-7713049", [], "Door-code question with shipment and warehouse reference numbers.")

_m(14, "reply", "text", "Re: Pregunta sobre «Urban Runner Pro Backpack» – 307-6640073-1198824",
"""Hola, Daniel:

La «Urban Runner Pro Backpack» de tu pedido 307-6640073-1198824 tiene un compartimento acolchado en el que cabe un portátil de hasta 15,6 pulgadas. El tejido repele el agua, aunque no es totalmente impermeable con lluvia fuerte.

Un saludo,
Equipo de Citywalk Gear España""", "307-6640073-1198824", [], "Reply quoting an English product title and shop name in Spanish sentences.")

_m(15, "reply", "html", "Re: La batidora no funciona (307-2248830-5567791)",
"""<p>Estimada Sra. Castillo:</p>
<p>Sentimos mucho la avería. Su batidora (pedido 307-2248830-5567791) tiene dos años de garantía del fabricante.</p>
<p>Lo más rápido es contactar directamente con el servicio de garantía del fabricante Mixtron, que gestiona la recogida y la reparación:<br>
Teléfono de garantía del fabricante Mixtron: 900 834 217 (de lunes a viernes, de 9:00 a 18:00)</p>
<p>Tenga a mano el número de serie, que figura en la base del aparato.</p>
<p>Un saludo,<br>Hogar Práctico</p>""", "307-2248830-5567791", [], "Reply with the manufacturer's warranty line, marked as such.")

_m(16, "reply", "text", "Re: ¿Envían a Canarias? – 307-9912036-4473385",
"""Buenas tardes:

Sí, enviamos a Canarias. Para su pedido 307-9912036-4473385 el plazo es de 5 a 7 días laborables y no tiene coste adicional.

Atentamente,
Beatriz Lozano
Responsable de tienda online

Conservas Cantábricas Lozano, S.L.
Avenida de Castilla, 9, 39700 Castro Urdiales (Cantabria)
NIF B-39123456 – Registro Mercantil de Cantabria, tomo 1021, folio 140, hoja S-24577""", "307-9912036-4473385", [], "Reply with a company-details footer.")

_m(17, "reply", "text", "Re: Reembolso del pedido 307-4706618-3320194",
"""Hola, Sr. Iglesias:

Su devolución (número de autorización DEV-2026-0512, seguimiento Correos Express 3130442287765) llegó a nuestro almacén el 02/12/2026 a las 9:35. El reembolso de 67,40 € se emitió el 03/12 e incluye los 4,90 € del envío original; el banco suele tardar de 3 a 5 días hábiles en reflejarlo.

Un saludo,
Atención al cliente, Deportes Norte (pedido 307-4706618-3320194)""", "307-4706618-3320194", [], "Reply with return and tracking numbers, dates, times and amounts.")

# ---------------- violations ----------------
_m(18, "fulfillment-question", "text", "¡Tu paquete ya está en camino! Pedido 307-1832294-6605517",
"""Hola:

Te confirmamos que tu pedido 307-1832294-6605517 salió esta mañana de nuestro almacén de Zaragoza y ya se lo hemos entregado a MRW.

¡Buen día!
Embutidos Casa Aurelio""", "307-1832294-6605517", ["BSM201"], "Shipping confirmation: left warehouse, handed to carrier.")

_m(19, "fulfillment-question", "html", "Hemos recibido tu pedido 307-5519063-2284470",
"""<p>Hola, Irene:</p>
<p>Tu pedido 307-5519063-2284470 ya está registrado y lo estamos preparando con todo el cariño. Hoy mismo quedará empaquetado.</p>
<p>Un abrazo,<br>Velas Mediterráneo</p>""", "307-5519063-2284470", ["BSM201"], "Order confirmation: received and being prepared.")

_m(20, "fulfillment-question", "text", "¡Gracias! Pedido 307-7061128-9930642",
"""Estimado Sr. Vidal:

Muchísimas gracias por su compra y por confiar en nuestra pequeña empresa familiar.

Un afectuoso saludo,
Familia Pons – Miel de la Alcarria""", "307-7061128-9930642", ["BSM202"], "Thanks only.")

_m(21, "fulfillment-question", "text", "Pedido 307-3394475-0016238",
"""Buenos días:

Si surgiera cualquier incidencia con su pedido 307-3394475-0016238, nuestro equipo queda a su entera disposición a través de la mensajería de Amazon.

Atentamente,
Óptica Mirada Clara""", "307-3394475-0016238", ["BSM202"], "Only the offer to help if something comes up.")

_m(22, "delivery-delay", "text", "Pedido 307-8470512-1153386 con retraso",
"""Hola, Sr. Cano:

Su alfombra de yute (pedido 307-8470512-1153386) saldrá con tres días de retraso, el 15 de diciembre, por un problema con el embalaje.

Disculpe la espera.

Alfombras Naturales Cano

P. D.: Hasta el domingo tiene un 20 % de descuento en toda nuestra tienda de Amazon, ideal para sus regalos de Navidad.""", "307-8470512-1153386", ["BSM203"], "Delay with a 20 % off postscript.")

_m(23, "review-request", "html", "Tu opinión sobre el pedido 307-2615539-7742208",
"""<p>Hola:</p>
<p>Tu bolso de rafia (pedido 307-2615539-7742208) te llegó la semana pasada. Si te apetece, puedes compartir tu experiencia en <a href="https://www.amazon.es/review/create-review?asin=B0D4W9K2PJ">la página de opiniones de Amazon del bolso</a>.</p>
<p>¿Ya conoces nuestra nueva colección de verano? Síguenos en Instagram y TikTok (Rafia y Sol) y suscríbete a nuestra newsletter para enterarte antes que nadie.</p>
<p>Rafia y Sol</p>""", "307-2615539-7742208", ["BSM203"], "Follow us, newsletter and new collection.")

_m(24, "review-request", "text", "Pedido 307-6093387-4426615: un detalle para ti",
"""Hola, Cristina:

Esperamos que la manta eléctrica de tu pedido 307-6093387-4426615 te esté haciendo buena compañía estas noches.

Cuando tu reseña esté publicada en Amazon, mándanos una captura y te enviaremos un pequeño detalle como agradecimiento.

Un saludo,
Textil Hogar Elche""", "307-6093387-4426615", ["BSM204"], "Small gift once the review is published.")

_m(25, "review-request", "text", "Pedido 307-0946621-8817703",
"""Buenos días:

En cuanto su valoración del reloj inteligente (pedido 307-0946621-8817703) aparezca en Amazon, le devolveremos el importe completo de la compra. Solo tiene que enviarnos el enlace de la reseña.

Saludos,
TechWear Iberia""", "307-0946621-8817703", ["BSM204"], "Full refund once the review is online.")

_m(26, "reply", "text", "Re: Lámpara rota – 307-4482270-6635190",
"""Estimado Sr. Herrera:

Le enviaremos una pantalla nueva esta misma semana, sin coste alguno. Disculpe de nuevo el mal embalaje.

Le agradeceríamos mucho que modificara la reseña de una estrella que dejó sobre la lámpara, o que la eliminara si lo considera oportuno: a un taller pequeño como el nuestro le afecta muchísimo.

Gracias,
Lámparas Artesanas Herrera (pedido 307-4482270-6635190)""", "307-4482270-6635190", ["BSM205"], "Asks to change or delete a one-star review.")

_m(27, "review-request", "text", "¿Contento con su pedido 307-5527714-0093381?",
"""Hola:

Si la freidora de aire le ha gustado, nos encantaría que lo contara en Amazon.

Si algo no ha ido bien, le rogamos que no publique ninguna opinión y que nos escriba antes a nosotros: lo arreglaremos.

Cocina Fácil Store (pedido 307-5527714-0093381)""", "307-5527714-0093381", ["BSM206"], "Review only if satisfied; unhappy buyers steered away.")

_m(28, "review-request", "html", "¿Nos regalas cinco estrellas? Pedido 307-9180036-2271548",
"""<p>Hola, Álvaro:</p>
<p>¿Qué tal va tu cuaderno de cuero (pedido 307-9180036-2271548)? Nos ayudarías un montón con una valoración de 5 estrellas en <a href="https://www.amazon.es/review/create-review?asin=B0B1H6Q3ZV">la página de opiniones de Amazon del cuaderno</a>.</p>
<p>¡Gracias!<br>Encuadernaciones Sol</p>""", "307-9180036-2271548", ["BSM206"], "Asks for a five-star rating.")

_m(29, "order-problem", "text", "Incidencia con su pedido 307-2759903-5546617",
"""Buenos días:

El patinete de su pedido 307-2759903-5546617 se ha agotado y no podemos enviarlo. Ya hemos ajustado el importe del pedido por falta de stock.

Para agilizarlo todo, lo más rápido es que usted mismo cancele el pedido desde Mis pedidos en Amazon.

Disculpe las molestias,
Movilidad Urbana Shop""", "307-2759903-5546617", ["BSM108"], "Adjustment confirmed but buyer advised to cancel.")

_m(30, "order-problem", "text", "Pedido 307-6628170-3317924 – sin existencias",
"""Estimado Sr. Domínguez:

Lamentamos informarle de que el taladro percutor de su pedido 307-6628170-3317924 está agotado en nuestro proveedor.

Le agradeceríamos que solicitara la cancelación del pedido a través de Amazon para que podamos cerrarlo.

Atentamente,
Ferretería Domínguez""", "307-6628170-3317924", ["BSM107", "BSM108"], "Asks for a cancellation request, no adjustment.")

_m(31, "delivery-delay", "html", "Retraso del pedido 307-3041185-9962270",
"""<p>Buenos días:</p>
<p>Su cómoda de madera (pedido 307-3041185-9962270) se enviará el 18 de diciembre en lugar del 11 por un retraso en el barnizado.</p>
<p>Disculpe las molestias,<br>Muebles Castellanos</p>
<p><small>Si no desea recibir más mensajes nuestros, responda BAJA a este correo.</small></p>""", "307-3041185-9962270", ["BSM305"], "Opt-out instruction (reply BAJA).")

_m(32, "reply", "text", "Re: Mi pedido no ha llegado – 307-8813362-4405519",
"""Hola:

Tiene toda la razón y lo siento. El puto transportista ha vuelto a perder un paquete, esto es una mierda.

Le reenviamos el pedido mañana por la mañana a nuestra costa.

Toni – Juguetes Toni (pedido 307-8813362-4405519)""", "307-8813362-4405519", ["BSM306"], "Spanish profanity about the carrier.")

_m(33, "delivery-delay", "text", "Retard de votre commande 307-1570041-7728836",
"""Bonjour,

Nous sommes désolés : le vase en céramique de votre commande 307-1570041-7728836 sera expédié le 16 décembre au lieu du 9, notre four ayant dû être réparé.

Merci de votre patience.

Cordialement,
Cerámica de Talavera Ruiz""", "307-1570041-7728836", ["BSM104"], "Spanish buyer, message written entirely in French.")

_m(34, "reply", "text", "Re: Medidas del colchón – 307-4437726-1189950",
"""Hola, Sra. Santos:

El colchón de su pedido 307-4437726-1189950 mide 150 x 190 cm y tiene 25 cm de grosor.

Si tiene cualquier otra duda, llámenos al 912 345 678, de lunes a sábado.

Un saludo,
Descanso Castilla""", "307-4437726-1189950", ["BSM309"], "Spanish national phone number of the shop.")

_m(35, "delivery-scheduling", "text", "Entrega de su sofá – 307-6956610-0374427",
"""Buenos días:

Para la entrega de su sofá cama (pedido 307-6956610-0374427) podemos pasar el martes 15 o el miércoles 16 de diciembre, de 8:00 a 13:00.

Si lo prefiere, escriba por WhatsApp a nuestro repartidor al +34 612 48 93 07.

Saludos,
Sofás y Descanso Murcia""", "307-6956610-0374427", ["BSM309"], "International-format mobile number in scheduling.")

_m(36, "reply", "text", "Re: Factura a nombre de empresa – 307-2204498-5563361",
"""Buenos días:

Para la factura a nombre de su empresa, escriba directamente a administracion@herbolarioelroble.es indicando el pedido 307-2204498-5563361 y su CIF.

Un saludo,
Herbolario El Roble""", "307-2204498-5563361", ["BSM308"], "Plain e-mail address.")

_m(37, "reply", "text", "Re: Falta un tornillo (307-9378825-1106643)",
"""Hola:

¡Perdón por el tornillo que falta! Mándanos una foto de la bolsa a recambios.bricolar arroba gmail punto com y te enviamos la pieza (pedido 307-9378825-1106643).

Saludos,
Bricolar""", "307-9378825-1106643", ["BSM308"], "Obfuscated e-mail address with 'arroba' and 'punto'.")

_m(38, "reply", "html", "Re: Cuidado de la tabla de cortar – 307-5102267-8840031",
"""<p>Hola, Sra. Vega:</p>
<p>Para su tabla de olivo (pedido 307-5102267-8840031) recomendamos aceite mineral alimentario una vez al mes. Tiene todos los pasos explicados en <a href="https://www.olivardesur.es/guia-cuidado-tablas-de-olivo">nuestra guía de cuidado de tablas de olivo en nuestra web</a>.</p>
<p>Un saludo,<br>Olivar del Sur</p>""", "307-5102267-8840031", ["BSM302"], "HTTPS link to the seller's own site with descriptive text.")

_m(39, "review-request", "html", "Su opinión sobre el pedido 307-7628841-2250096",
"""<p>Buenos días:</p>
<p>Su báscula de cocina (pedido 307-7628841-2250096) se entregó hace una semana. Si lo desea, puede dejar su opinión en <a href="http://www.amazon.es/review/create-review?asin=B0C1F7D4MS">la página de opiniones de Amazon de la báscula</a>.</p>
<p>Básculas Precisa</p>""", "307-7628841-2250096", ["BSM301"], "Plain http link to Amazon.")

_m(40, "delivery-delay", "html", "Pedido 307-1346690-6627785: nueva fecha",
"""<p>Hola, Lucía:</p>
<p>Tu mochila de lona (pedido 307-1346690-6627785) saldrá el 15 de diciembre en vez del 10, porque las hebillas llegan tarde.</p>
<p><img src="https://img.mochilasdelsur.es/productos/mochila-lona-verde-oliva.jpg" alt="Mochila de lona verde oliva" width="300"></p>
<p>Gracias por tu paciencia,<br>Mochilas del Sur</p>""", "307-1346690-6627785", ["BSM310"], "Photo of the purchased product.")

_m(41, "delivery-delay", "html", "Pedido 307-8894017-3318852 aplazado",
"""<p>Buenos días:</p>
<p>Por la gran cantidad de pedidos navideños, su turrón artesano (pedido 307-8894017-3318852) se enviará el 19 de diciembre.</p>
<p><img src="https://media.turronesjijona-vidal.es/boletin/playa-atardecer.jpg" alt="Playa al atardecer" width="380"></p>
<p>Turrones Vidal</p>""", "307-8894017-3318852", ["BSM311"], "Unrelated stock image (a beach).")

_m(42, "review-request", "html", "Pedido 307-3526634-9901178: su opinión",
"""<p><img src="https://static.viverolaencina.es/logo-vivero-la-encina.png" alt="" width="150"></p>
<p>Buenos días:</p>
<p>Sus plantas aromáticas (pedido 307-3526634-9901178) ya han llegado. Puede dejar su opinión en <a href="https://www.amazon.es/review/create-review?asin=B0B4N8S1RC">la página de opiniones de Amazon de las plantas</a>.</p>
<p>Vivero La Encina</p>""", "307-3526634-9901178", ["BSM402"], "Shop logo with empty alt.")

_m(43, "delivery-delay", "text", "Un pequeño retraso – pedido 307-5061183-4472219",
"""¡Hola, Paula!

Tus calcetines de lana (pedido 307-5061183-4472219) saldrán el lunes 14 en vez del viernes, ¡esta semana nos han llovido los pedidos! 🧶🙏

Gracias por la paciencia,
Las Tejedoras de Asturias""", "307-5061183-4472219", ["BSM403"], "Emoji in a delay message.")

_m(44, "reply", "text", "Re: Color de la lana – 307-6618820-0035574",
"""Hola:

Sí, el color «azul petróleo» es justo el de la foto, un azul verdoso bastante intenso. El ovillo saldrá mañana junto con el resto del pedido 307-6618820-0035574 :)

Un saludo,
Lanas de Teruel""", "307-6618820-0035574", ["BSM403"], "Emoticon :) in a reply.")

_m(45, "delivery-delay", "html", "Pedido 307-9245571-8816603 – aplazamiento",
"""<style>
.cabecera { font-size: 25px; }
.subcabecera { font-size: 18px; }
.cuerpo { font-size: 14px; }
.pie { font-size: 11px; }
</style>
<p class="cabecera">Aplazamiento del envío</p>
<p class="subcabecera">Pedido 307-9245571-8816603</p>
<p class="cuerpo">Buenos días: su reloj de pared saldrá el 16 de diciembre en lugar del 10, porque el proveedor de mecanismos va con retraso.</p>
<p class="pie">Relojería Alcázar – Toledo</p>""", "307-9245571-8816603", ["BSM410"], "Four explicit font sizes in a <style> block.")

_m(46, "additional-information", "html", "Pedido 307-2073396-5548812: medidas del marco",
"""<p>Buenos días:</p>
<p>Para fabricar su marco a medida (pedido 307-2073396-5548812) necesitamos el ancho y el alto exactos de la lámina, en centímetros.</p>
<p></p>
<p>&nbsp;</p>
<p></p>
<p>Puede contestarnos por la mensajería de Amazon.</p>
<p>Marcos Gómez</p>""", "307-2073396-5548812", ["BSM412"], "Empty paragraphs between paragraphs.")

_m(47, "return-follow-up", "text", "[Importante] Devolución del pedido 307-4419958-7730641",
"""Buenos días:

Para completar la devolución del pedido 307-4419958-7730641, ¿podría indicarnos si el hervidor presenta algún golpe y si incluye todos los accesorios?

Gracias,
Pequeño Electro Rivas""", "307-4419958-7730641", ["BSM110"], "[Importante] on a return follow-up that otherwise asks for needed info.")

_m(48, "fulfillment-question", "text", "Color del puf – pedido 307-8861142-2296637",
"""Hola:

En su pedido 307-8861142-2296637 el puf figura como «color a elegir». Puede ver los colores disponibles en https://www.amazon.es/dp/B0CV3P9L6N

Respóndanos con el que prefiera.

Puf y Cojín Madrid""", "307-8861142-2296637", ["BSM401"], "Bare Amazon URL as link text.")

# ---------------- varying ----------------
_m(49, "delivery-delay", "html", "Pedido 307-0639924-4415586: cambio de fecha",
"""<div style="padding: 0 140px;">
<p>Buenos días, Sra. Rubio:</p>
<p>Su vajilla de porcelana (pedido 307-0639924-4415586) se enviará el 17 de diciembre: hemos tenido que reparar el horno de cocción.</p>
<p>Disculpe las molestias,<br>Porcelanas Sargadelos Rubio</p>
</div>""", "307-0639924-4415586", ["BSM405"], "140 px horizontal padding (wide margins).")

_m(50, "delivery-delay", "text", "Pedido 307-7703358-1192264",
"""Hola, Sr. Medina:

We regret to inform you that the garden parasol in your order 307-7703358-1192264 will ship on 18 December instead of 11 December because of a supplier delay.

Thank you for your understanding.

Best regards,
Jardín Total""", "307-7703358-1192264", ["BSM104"], "Greeting in Spanish, body in English.")
