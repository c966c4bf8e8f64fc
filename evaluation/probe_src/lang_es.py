from common import M, P, builder, outlook

L = [
# ---- BSM202
M("thanks", "fulfillment-question", "text", "Gracias por tu pedido {O}", """
Hola, Lucía:

Solo queríamos darte las gracias por comprar en Café de la Abuela. ¡Esperamos que disfrutes mucho de tu nueva cafetera italiana!

Un abrazo,
Marta
Café de la Abuela""", ["BSM202"], "just thanks + hope you enjoy"),
M("thanks", "additional-information", "text", "Su pedido {O}", """
Estimado Sr. García:

Le agradecemos que haya elegido Hogar Ibérico. Quedamos a su entera disposición para cualquier consulta sobre su compra.

Atentamente,
Atención al cliente de Hogar Ibérico""", ["BSM202"], "thanks + a su disposición"),
M("thanks", "fulfillment-question", "html", "¡Muchas gracias! – pedido {O}", builder(P(
 "Estimada Sra. Fernández:",
 "Queremos agradecerle de corazón su pedido {O}. Somos un pequeño taller de cerámica en Talavera y cada pedido es una gran alegría para nosotros.",
 "Le deseamos que disfrute muchos años de su nueva vajilla.",
 "Con gratitud,<br>Pilar y Andrés<br>Cerámica Talavera Viva"),
 "https://m.media-amazon.com/images/S/aplus-media-library-service-media/ceramica-talavera-viva-logo.png", "Cerámica Talavera Viva"), ["BSM202"], "builder + logo; thanks + wishes"),
M("thanks", "fulfillment-question", "text", "Pedido {O}", """
¡Gracias por tu compra!

El equipo de TecnoMadrid""", ["BSM202"], "one-line thanks"),
M("thanks", "additional-information", "html", "Su pedido {O} – Papelería Morales", outlook([
 "Estimado/a cliente:",
 "Le agradecemos sinceramente la confianza depositada en nosotros al realizar su compra.",
 "Si tuviera cualquier incidencia con el pedido {O}, no dude en ponerse en contacto con nosotros a través de la mensajería de Amazon.",
 "Reciba un cordial saludo,",
 "Javier Morales<br>Papelería Morales S.L."]), ["BSM202"], "Outlook formal"),
M("thanks", "fulfillment-question", "text", "¿Necesitas ayuda? ({O})", """
Hola:

Si algo de tu paquete no está bien o tienes dudas sobre cómo usar tu nuevo robot de cocina, solo tienes que responder a este mensaje. Te ayudaremos encantados.

¡Que tengas un buen día!
Cocina Fácil Store""", ["BSM202"], "only offer to help"),
M("thanks", "fulfillment-question", "html", "Gracias de todo corazón ({O})", P(
 "¡Hola, Carmen!",
 "Muchísimas gracias por tu pedido {O}. Detrás de nuestra tienda solo estamos nosotras dos, y cada pedido nos hace muchísima ilusión.",
 "Esperamos que la lana merino te guste tanto como a nosotras y que tu jersey quede precioso.",
 "Si surge cualquier problema, escríbenos: siempre estaremos aquí para ayudarte.",
 "¡Gracias otra vez y feliz tejido!",
 "Un abrazo,<br>Elena y Nuria<br>Ovillo Mágico"), ["BSM202"], "long informal thanks"),
M("thanks", "additional-information", "text", "Agradecimiento – pedido {O}", """
Estimado cliente:

Le damos las gracias por su pedido y le deseamos un excelente día.

Saludos cordiales,
Vivero Los Almendros""", ["BSM202"], "formal thanks + wish"),
# ---- lookalikes
M("lookalike", "delivery-delay", "text", "Retraso en su pedido {O}", """
Estimado Sr. López:

Gracias por su pedido. Lamentamos informarle de que la entrega de la mesa de centro de roble "Toledo" se retrasará: nuestro carpintero terminará el tablero la semana que viene.

Ahora prevemos enviarla el 16 de enero en lugar del 9 de enero. No tiene que hacer nada.

Disculpe las molestias y gracias por su paciencia.

Atentamente,
Hogar Ibérico""", [], "thanks + new date"),
M("lookalike", "additional-information", "text", "Texto del grabado – pedido {O}", """
Estimada Sra. Martínez:

Gracias por pedir la tabla de cortar grabada. Antes de grabarla, tenemos una pregunta.

El texto indicado ("Familia Martínez – Bienvenidos a casa desde 2010") tiene 46 caracteres, y en la tabla caben como máximo 35. ¿Podría indicarnos un texto más corto?

Un saludo,
Grabados Artesanos Sevilla""", [], "thanks + engraving question"),
M("lookalike", "invoice", "html", "Factura de su pedido {O}", P(
 "Estimado Sr. Sánchez:",
 "Gracias por su compra. Adjuntamos la factura n.º 2026/0087 correspondiente al pedido {O}.",
 "En ella figuran nuestro CIF B-12345678 y el número de IVA intracomunitario ES B12345678.",
 "Atentamente,<br>Administración TecnoMadrid"), [], "thanks + invoice; CIF"),
M("lookalike", "delivery-scheduling", "text", "Cita para la entrega – pedido {O}", """
Estimada Sra. Gómez:

Gracias por elegir el frigorífico combi Balay. Como la entrega la realizan dos operarios, necesitamos acordar una cita con usted.

Franjas disponibles:
- martes 13 de enero, de 8:00 a 12:00
- jueves 15 de enero, de 15:00 a 19:00

¿Nos indica qué franja le viene mejor y en qué planta está la vivienda?

Atentamente,
Electro Hogar Valencia""", [], "thanks + delivery slot"),
M("lookalike", "return-follow-up", "text", "Su devolución – pedido {O}", """
Estimado Sr. Díaz:

Gracias por registrar la devolución. La etiqueta prepagada está disponible en "Mis pedidos" en Amazon: solo tiene que imprimirla y pegarla en la caja.

Para completar la devolución, ¿podría decirnos si devuelve también la batería o solo la herramienta?

Gracias,
Ferretería Ruiz""", [], "thanks + label + question"),
# ---- clean
M("clean", "reply", "text", "RE: Cancelación del pedido {O}", """
Estimada Sra. Navarro:

Su pedido {O} se ha cancelado a petición suya, antes de su envío. Amazon le reembolsará el importe íntegro de 54,90 € en un plazo de tres a cinco días hábiles.

Atentamente,
Ovillo Mágico""", [], "cancellation at buyer's request"),
M("clean", "order-problem", "text", "Problema con su pedido {O}", """
Estimado Sr. Torres:

Lamentamos comunicarle que la olla Le Creuset (24 cm) de su pedido {O} no puede enviarse: la última unidad resultó dañada en nuestro almacén y el modelo está descatalogado.

Hemos ajustado el importe total del pedido por falta de existencias; los 199,00 € se le abonarán en los próximos días.

Atentamente,
Cocina Fácil Store""", [], "order problem + adjustment"),
M("clean", "return-follow-up", "text", "Propuesta de reembolso parcial – {O}", """
Hola, Pablo:

Nos comentaste que la lámpara tiene un pequeño arañazo en la base, pero que te gustaría quedártela. Podemos ofrecerte un reembolso parcial de 20,00 € sin necesidad de devolverla.

¿Te parece bien? En cuanto nos confirmes, tramitamos el reembolso del pedido {O}.

Un saludo,
Hogar Ibérico""", [], "partial refund offer"),
M("clean", "review-request", "text", "Su experiencia con el hervidor – pedido {O}", """
Estimada Sra. Romero:

Hace unas semanas compró en nuestra tienda un hervidor Smeg (pedido {O}). Si tiene un momento, le agradeceríamos que compartiera su experiencia en una reseña en Amazon.

Atentamente,
Electro Hogar Valencia""", [], "neutral review request"),
M("clean", "invoice", "text", "Factura n.º 2026/01/045 – pedido {O}", """
Estimado cliente:

Adjuntamos la factura del pedido {O}.

Factura n.º: 2026/01/045
Fecha: 08/01/2026
Total IVA incluido: 1.249,00 €
CIF: B 123 456 78
Inscrita en el Registro Mercantil de Madrid, tomo 12.345, folio 67, hoja M-123456

Un cordial saludo,
Papelería Morales S.L.""", [], "invoice with grouped CIF and registry numbers"),
M("clean", "custom-design-verification", "html", "Prueba de diseño de sus invitaciones – pedido {O}", builder(P(
 "Estimada Sra. Ortiz:",
 "Adjuntamos la prueba de diseño de sus invitaciones de boda (15 × 15 cm, 80 unidades, fecha 20.06.2026).",
 "Le rogamos que revise los nombres y el lugar de la ceremonia y nos confirme su aprobación o los cambios respondiendo a este mensaje.",
 "Atentamente,<br>Estudio Papel Blanco"), "https://m.media-amazon.com/images/S/aplus-media-library-service-media/estudio-papel-blanco-logo.png", "Estudio Papel Blanco"), [], "design proof + logo"),
# ---- BSM201
M("201", "fulfillment-question", "text", "Tu paquete ya está en camino ({O})", """
Hola, Irene:

¡Buenas noticias! Tu paquete ha salido esta mañana de nuestro almacén y va de camino a tu casa.

Hasta pronto,
Café de la Abuela""", ["BSM201"], "left warehouse"),
M("201", "additional-information", "text", "Actualización del pedido {O}", """
Estimado Sr. Ramírez:

Acabamos de entregar su paquete a SEUR. Debería recibirlo en un plazo de 48 horas.

Atentamente,
Ferretería Ruiz""", ["BSM201"], "handed to SEUR"),
M("201", "fulfillment-question", "html", "Hemos recibido su pedido ({O})", P(
 "Estimada Sra. Molina:",
 "Su pedido {O} nos ha llegado correctamente y nuestro equipo ya lo está preparando con mucho cuidado.",
 "Atentamente,<br>Vivero Los Almendros"), ["BSM201"], "order received + preparing"),
# ---- BSM204
M("204", "review-request", "text", "Su opinión cuenta – {O}", """
Estimada Sra. Castro:

¿Qué tal con el molinillo de café? Si se toma un momento para dejar una reseña en Amazon, en su próximo pedido le incluiremos de regalo un paquete de nuestra mezcla de la casa.

Atentamente,
Café de la Abuela""", ["BSM204"], "free coffee for review"),
M("204", "review-request", "text", "Un pequeño favor – pedido {O}", """
Hola, Sergio:

¿Podrías dejar una reseña de las luces para bici en Amazon? En cuanto esté publicada, te devolvemos los gastos de envío.

¡Gracias!
Recambios Bici Bilbao""", ["BSM204"], "shipping refund once published"),
M("204", "review-request", "html", "Un vale por su reseña ({O})", P(
 "Estimado Sr. Iglesias:",
 "Como agradecimiento por su reseña en Amazon, le enviaremos un vale de 10 € para su próxima compra.",
 "Atentamente,<br>Vivero Los Almendros"), ["BSM204"], "voucher for review"),
# ---- BSM205
M("205", "reply", "text", "RE: Su reseña – pedido {O}", """
Estimado Sr. Delgado:

Nos alegra que la pieza de repuesto ya funcione. Ahora que el problema está resuelto, ¿estaría dispuesto a modificar su reseña de una estrella?

Atentamente,
Electro Hogar Valencia""", ["BSM205"], "modify one-star review"),
M("205", "reply", "text", "RE: Valoración del vendedor – {O}", """
Estimada Sra. Vargas:

Gracias por permitirnos solucionar el problema. Como el retraso se debió a la empresa de transporte, ¿podría eliminar la valoración negativa que nos dejó?

Un saludo,
Ovillo Mágico""", ["BSM205"], "remove negative feedback"),
M("205", "reply", "html", "RE: Tornillos que faltaban ({O})", P(
 "Estimado Sr. Rubio:",
 "Hoy le hemos enviado por separado los tornillos que faltaban.",
 "Cuando tenga montada la estantería, quizá podría revisar su reseña en Amazon para que refleje la situación actual.",
 "Atentamente,<br>Hogar Ibérico"), ["BSM205"], "'revisar su reseña'"),
# ---- BSM206
M("206", "review-request", "text", "¿Está satisfecho con su pedido {O}?", """
Estimado Sr. Medina:

Si está satisfecho con su botella térmica, una reseña en Amazon nos haría mucha ilusión. Si no lo está, contacte primero con nosotros para que busquemos juntos una solución.

Atentamente,
Cocina Fácil Store""", ["BSM206"], "satisfied -> review; else contact us"),
M("206", "review-request", "text", "¿Cinco estrellas? ({O})", """
Hola, Álvaro:

Una valoración de cinco estrellas en Amazon ayuda muchísimo a una tienda pequeña como la nuestra. ¿Tendrías un minuto para valorar el kit de ganchillo?

¡Gracias de antemano!
Ovillo Mágico""", ["BSM206"], "five stars"),
M("206", "review-request", "html", "¿Todo bien? ({O})", P(
 "Estimada Sra. Herrera:",
 "Solo si está completamente satisfecha con su vajilla, nos encantaría leer su reseña en Amazon.",
 "Atentamente,<br>Cerámica Talavera Viva"), ["BSM206"], "only if fully satisfied"),
# ---- BSM108
M("108", "delivery-delay", "text", "Su pedido {O}", """
Estimada Sra. Cortés:

La cafetera espresso que pidió se ha agotado y nuestro proveedor no puede darnos una fecha de reposición.

Lo más rápido para usted sería cancelar el pedido directamente desde "Mis pedidos" en Amazon.

Atentamente,
Cocina Fácil Store""", ["BSM108"], "quickest to cancel yourself"),
M("108", "fulfillment-question", "text", "Artículo agotado – pedido {O}", """
Estimado Sr. Garrido:

Ya no tenemos las zapatillas de running en la talla 44. Le agradeceríamos que enviara una solicitud de cancelación del pedido {O}.

Saludos deportivos,
Run Store Madrid""", ["BSM108"], "grateful for cancellation request"),
M("108", "delivery-delay", "html", "Sobre su pedido {O}", P(
 "Estimado Sr. Núñez:",
 "El taladro atornillador que pidió está agotado y no sabemos cuándo volverá a estar disponible. En lugar de esperar, puede cancelar el pedido en Amazon en unos pocos clics.",
 "Atentamente,<br>Ferretería Ruiz"), ["BSM108"], "suggests cancelling rather than waiting"),
# ---- BSM203
M("203", "delivery-delay", "text", "Retraso en el pedido {O}", """
Estimada Sra. Santos:

Su calendario personalizado se enviará el 14 de enero en lugar del 9 de enero, porque nuestra imprenta acumula algo de retraso tras las fiestas. Disculpe la espera.

Atentamente,
Estudio Papel Blanco

P. D.: Con el código INVIERNO15 obtendrá un 15 % de descuento en su próximo pedido.""", ["BSM203"], "P.D. discount code"),
M("203", "invoice", "text", "Factura – pedido {O}", """
Estimado Sr. Prieto:

Adjuntamos su factura (n.º 2026/0221).

Para no perderte ninguna de nuestras ofertas, síguenos en Instagram y suscríbete a nuestra newsletter.

Atentamente,
Recambios Bici Bilbao""", ["BSM203"], "follow us + newsletter"),
M("203", "review-request", "html", "Su opinión sobre la ropa de cama ({O})", P(
 "Estimada Sra. Gil:",
 "Nos encantaría leer su reseña del juego de cama en Amazon.",
 "Por cierto: acaba de llegar nuestra nueva colección de primavera en lino ecológico, ¡con un 20 % de descuento por su lanzamiento!",
 "Atentamente,<br>Hogar Ibérico"), ["BSM203"], "new collection + discount"),
]
