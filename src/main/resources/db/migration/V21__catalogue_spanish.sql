-- The whole exercise catalogue in Spanish (lang = 'es'), written for a patient in plain, neutral Spanish (tú),
-- not word for word. Every exercise has its name, equipment, benefit and variations, and as many steps, cues,
-- common mistakes and cautions as the English, in the same order; the English in `exercise` and its line tables
-- stays the fallback. Names: gato-vaca, postura del niño, puente de glúteos, perro de caza (bird-dog),
-- insecto muerto (dead bug), plancha. Plain SQL that runs on H2 and PostgreSQL alike.

-- Cat-cow
INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit, easier_variation, harder_variation)
VALUES ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 'es', 'Gato-vaca', 'Colchoneta',
        'Mueve toda la columna con suavidad, dentro de un recorrido cómodo, para aliviar la rigidez y preparar la espalda para el resto de la rutina.',
        'Haz el movimiento pequeño, solo unos centímetros hacia cada lado, o cámbialo por la basculación pélvica en silla.',
        'Mueve la espalda por tramos: empieza a redondearla desde el coxis y deja que el movimiento suba hasta la cabeza; luego deshazlo en sentido contrario.');
INSERT INTO exercise_text_line (exercise_id, lang, section, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 'es', 'STEP', 0, 'Ponte a cuatro patas sobre la colchoneta, con las manos debajo de los hombros y las rodillas debajo de las caderas.'),
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 'es', 'STEP', 1, 'Empieza con la espalda recta y el cuello largo, mirando al suelo.'),
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 'es', 'STEP', 2, 'Al soltar el aire, redondea despacio la espalda hacia el techo y deja que la cabeza y el coxis se curven hacia abajo (gato).'),
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 'es', 'STEP', 3, 'Al tomar aire, deja que el abdomen baje un poco y eleva el pecho y el coxis despacio, con el cuello alineado con la espalda (vaca).'),
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 'es', 'STEP', 4, 'Sigue pasando de una postura a la otra con fluidez, sin salir de un recorrido que te resulte cómodo.'),
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 'es', 'STEP', 5, 'Termina con la espalda recta antes de sentarte sobre los talones o ponerte de pie.'),
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 'es', 'CUE', 0, 'Despacio; nunca fuerces el final del movimiento'),
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 'es', 'CUE', 1, 'Si te acabas de levantar, hazlo pequeño'),
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 'es', 'CUE', 2, 'Manos bajo los hombros, rodillas bajo las caderas'),
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 'es', 'MISTAKE', 0, 'Pasar de una postura a otra con prisa o a tirones, en lugar de moverte despacio y con suavidad.'),
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 'es', 'MISTAKE', 1, 'Forzar el final del arqueo o del redondeo, sobre todo durante la primera hora después de levantarte de la cama.'),
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 'es', 'MISTAKE', 2, 'Echar la cabeza hacia atrás en la postura de la vaca y aplastar la nuca.'),
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 'es', 'MISTAKE', 3, 'Hundirte entre los hombros en lugar de empujar suavemente el suelo con las manos.'),
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 'es', 'CAUTION', 0, 'Si tienes osteoporosis, no hagas este ejercicio: conviene evitar redondear mucho la columna.'),
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 'es', 'CAUTION', 1, 'Si te molestan las rodillas o las muñecas, pon una toalla doblada bajo las rodillas y prueba a apoyarte sobre los puños.'),
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 'es', 'CAUTION', 2, 'Si arquear la espalda te aumenta el dolor, haz la parte de la vaca muy pequeña. Detente si el dolor aumenta o baja por una pierna.');

-- Child's pose
INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit, easier_variation, harder_variation)
VALUES ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 'es', 'Postura del niño', 'Colchoneta',
        'Un estiramiento de descanso para la zona lumbar y las caderas que ayuda a que se relajen los músculos que recorren la columna después de moverte o de pasar un rato en una silla.',
        'Pon un cojín entre los glúteos y los talones y échate hacia atrás solo una parte del recorrido, con la frente apoyada en una toalla doblada.',
        'Con los glúteos ya atrás, lleva las dos manos caminando hacia un lado para notar el estiramiento en el costado contrario de la espalda; luego cambia de lado.');
INSERT INTO exercise_text_line (exercise_id, lang, section, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 'es', 'STEP', 0, 'Ponte a cuatro patas sobre la colchoneta, con las rodillas más o menos al ancho de las caderas y los dedos gordos de los pies cerca uno del otro.'),
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 'es', 'STEP', 1, 'Lleva las manos hacia delante por el suelo, con los codos sin bloquear.'),
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 'es', 'STEP', 2, 'Echa despacio los glúteos hacia los talones, solo hasta donde te resulte cómodo.'),
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 'es', 'STEP', 3, 'Deja que la cabeza siga la línea de la espalda y, si llegas, apoya la frente en el suelo o en un cojín.'),
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 'es', 'STEP', 4, 'Quédate ahí respirando despacio y deja que la espalda se relaje un poco más cada vez que sueltas el aire.'),
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 'es', 'STEP', 5, 'Para salir, acerca las manos caminando hacia las rodillas y vuelve a cuatro patas.'),
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 'es', 'CUE', 0, 'Échate atrás solo hasta donde te resulte cómodo'),
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 'es', 'CUE', 1, 'Codos sueltos, hombros relajados'),
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 'es', 'CUE', 2, 'Respira despacio y deja que la espalda se asiente'),
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 'es', 'MISTAKE', 0, 'Forzar los glúteos hasta los talones cuando las rodillas o la espalda no te dejan.'),
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 'es', 'MISTAKE', 1, 'Bloquear los brazos estirados y subir los hombros hacia las orejas.'),
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 'es', 'MISTAKE', 2, 'Aguantar la respiración en lugar de respirar despacio y de forma regular.'),
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 'es', 'CAUTION', 0, 'Si te duelen las rodillas, no te sientes del todo sobre los talones: pon un cojín entre los glúteos y los talones, o apoya las rodillas en una toalla doblada.'),
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 'es', 'CAUTION', 1, 'No hagas este estiramiento si inclinarte hacia delante o estar sentado te aumenta el dolor, si tienes osteoporosis o si debes seguir las precauciones de una prótesis de cadera.'),
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 'es', 'CAUTION', 2, 'Si estás embarazada, separa bien las rodillas para dejar sitio a la barriga. Detente si el dolor aumenta o baja por una pierna.');

-- Hamstring stretch (lying, with a towel)
INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit, easier_variation, harder_variation)
VALUES ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 'es', 'Estiramiento de isquiotibiales boca arriba (con toalla)', 'Colchoneta y una toalla o cinta',
        'Suelta la parte de atrás de los muslos, que cuando está tensa puede tirar de la pelvis y de la zona lumbar, mientras la columna descansa segura en el suelo.',
        'Mantén un poco doblada la rodilla de la pierna que sube y no la lleves tan alto, quedándote bastante lejos de la vertical.',
        'Estira en el suelo la pierna de abajo en lugar de tenerla doblada, y acerca un poco más, con suavidad, la pierna que está arriba.');
INSERT INTO exercise_text_line (exercise_id, lang, section, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 'es', 'STEP', 0, 'Ponte boca arriba sobre la colchoneta, con las dos rodillas dobladas y los pies apoyados en el suelo.'),
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 'es', 'STEP', 1, 'Pasa una toalla o una cinta por la planta de un pie y sujeta un extremo con cada mano.'),
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 'es', 'STEP', 2, 'Estira despacio esa pierna hacia el techo hasta que notes un estiramiento suave en la parte de atrás del muslo.'),
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 'es', 'STEP', 3, 'Mantén la cabeza, los hombros y las dos caderas apoyados en el suelo, y la rodilla de la pierna levantada algo suelta, sin bloquearla.'),
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 'es', 'STEP', 4, 'Aguanta respirando con calma; después dobla despacio la rodilla y baja el pie al suelo.'),
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 'es', 'STEP', 5, 'Haz todas las repeticiones con una pierna y luego cambia a la otra.'),
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 'es', 'CUE', 0, 'Caderas y zona lumbar pegadas al suelo'),
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 'es', 'CUE', 1, 'Rodilla suelta, sin bloquear'),
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 'es', 'CUE', 2, 'Tiene que notarse detrás del muslo, no en la pantorrilla ni en el pie'),
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 'es', 'MISTAKE', 0, 'Tirar bruscamente de la toalla para llevar la pierna más allá de donde quiere ir.'),
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 'es', 'MISTAKE', 1, 'Despegar la cadera o los glúteos del suelo para subir más la pierna.'),
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 'es', 'MISTAKE', 2, 'Dar rebotes al final del estiramiento en lugar de mantener la posición sin moverte.'),
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 'es', 'CAUTION', 0, 'Notar tirantez, hormigueo o adormecimiento en la pantorrilla o el pie puede significar que se está estirando un nervio: afloja, y detente si sigue. Si tienes dolor por debajo de la rodilla, no hagas este estiramiento.'),
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 'es', 'CAUTION', 1, 'Si te han puesto una prótesis de cadera, no subas tanto la pierna mientras debas seguir las precauciones de cadera.'),
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 'es', 'CAUTION', 2, 'Si estás embarazada, evita pasar mucho rato boca arriba, sobre todo a partir de la semana 16. Detente si el dolor aumenta o baja por una pierna.');

-- Piriformis stretch (figure-4)
INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit, easier_variation, harder_variation)
VALUES ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 'es', 'Estiramiento del piriforme (en figura de 4)', 'Colchoneta',
        'Estira los músculos profundos del glúteo y de la cadera, que a menudo están tensos cuando duele la zona lumbar.',
        'Deja el pie de abajo en el suelo y simplemente deja caer con suavidad la rodilla cruzada hacia fuera, sin tirar.',
        'Levanta el pie de abajo y acerca más ese muslo al pecho, manteniendo el coxis y la zona lumbar en el suelo.');
INSERT INTO exercise_text_line (exercise_id, lang, section, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 'es', 'STEP', 0, 'Ponte boca arriba sobre la colchoneta, con las dos rodillas dobladas y los pies apoyados en el suelo.'),
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 'es', 'STEP', 1, 'Cruza el tobillo derecho sobre la rodilla izquierda y deja que la rodilla derecha se abra hacia el lado.'),
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 'es', 'STEP', 2, 'Despega el pie izquierdo del suelo y sujeta la parte de atrás del muslo izquierdo con las dos manos, pasando la mano derecha por el hueco entre las piernas.'),
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 'es', 'STEP', 3, 'Acerca con suavidad el muslo izquierdo al pecho hasta que notes un estiramiento profundo en el glúteo derecho.'),
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 'es', 'STEP', 4, 'Mantén la cabeza y los hombros relajados en el suelo y aguanta, respirando despacio.'),
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 'es', 'STEP', 5, 'Baja el pie izquierdo, descruza las piernas y repite con el tobillo izquierdo cruzado sobre la rodilla derecha.'),
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 'es', 'CUE', 0, 'El coxis se queda en el suelo'),
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 'es', 'CUE', 1, 'Tira con suavidad; se nota en lo profundo del glúteo'),
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 'es', 'CUE', 2, 'Cabeza y hombros relajados'),
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 'es', 'MISTAKE', 0, 'Despegar la cabeza y los hombros del suelo para llegar al muslo.'),
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 'es', 'MISTAKE', 1, 'Tirar tan fuerte que el coxis se levanta del suelo.'),
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 'es', 'MISTAKE', 2, 'Empujar la rodilla cruzada hacia fuera en lugar de dejar que se abra sola.'),
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 'es', 'CAUTION', 0, 'No lo hagas mientras debas seguir las precauciones de una prótesis de cadera: cruza las piernas y dobla mucho la cadera.'),
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 'es', 'CAUTION', 1, 'Si estás embarazada, haz el estiramiento del piriforme en silla en lugar de tumbarte boca arriba.'),
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 'es', 'CAUTION', 2, 'Si notas hormigueo o dolor que baja por la pierna, afloja. Detente si el dolor aumenta o baja por una pierna.');

-- Trunk rotation (knee rolls)
INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit, easier_variation, harder_variation)
VALUES ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 'es', 'Rotación de tronco (rodillas a los lados)', 'Colchoneta',
        'Gira la zona lumbar con suavidad de un lado a otro mientras el suelo te sostiene, para aliviar la rigidez después de descansar o de estar sentado.',
        'Lleva las rodillas solo un palmo hacia cada lado, con los pies algo más separados para tener más apoyo.',
        'Empieza con los pies en el aire, caderas y rodillas dobladas en ángulo recto, y baja las rodillas despacio hacia cada lado, controlándolas con los músculos del abdomen.');
INSERT INTO exercise_text_line (exercise_id, lang, section, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 'es', 'STEP', 0, 'Ponte boca arriba sobre la colchoneta, con las rodillas dobladas y los pies apoyados y juntos. Puede ayudarte poner un cojín pequeño entre las rodillas.'),
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 'es', 'STEP', 1, 'Abre los brazos en cruz a la altura de los hombros, con las palmas hacia abajo.'),
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 'es', 'STEP', 2, 'Con los dos hombros apoyados en el suelo, deja caer despacio las rodillas juntas hacia un lado, hasta donde te resulte cómodo.'),
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 'es', 'STEP', 3, 'Haz una breve pausa y vuelve a llevar las rodillas al centro.'),
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 'es', 'STEP', 4, 'Llévalas al otro lado y sigue alternando despacio; cada giro cuenta para ese lado.'),
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 'es', 'CUE', 0, 'Los dos hombros se quedan en el suelo'),
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 'es', 'CUE', 1, 'Rodillas juntas'),
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 'es', 'CUE', 2, 'Gira solo hasta donde te resulte cómodo'),
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 'es', 'MISTAKE', 0, 'Dejar que el hombro contrario se despegue del suelo para bajar más las rodillas.'),
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 'es', 'MISTAKE', 1, 'Dejar caer las rodillas de golpe en lugar de bajarlas con control.'),
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 'es', 'MISTAKE', 2, 'Dejar que las rodillas se separen, de modo que la pierna de arriba arrastra la pelvis en el giro.'),
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 'es', 'CAUTION', 0, 'Si tienes osteoporosis, no hagas este ejercicio: conviene evitar girar la columna, sobre todo cerca del final de su recorrido.'),
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 'es', 'CAUTION', 1, 'No lo hagas mientras debas seguir las precauciones de una prótesis de cadera, porque al llevar las rodillas de lado a lado la cadera puede quedar en una posición que te han dicho que evites.'),
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 'es', 'CAUTION', 2, 'Si estás embarazada, evita pasar mucho rato boca arriba. Detente si el dolor aumenta o baja por una pierna.');

-- Knee-to-chest stretch
INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit, easier_variation, harder_variation)
VALUES ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 'es', 'Rodilla al pecho', 'Colchoneta',
        'Un estiramiento suave de la zona lumbar y los glúteos que a muchas personas les alivia, sobre todo cuando les molesta estar de pie o arquear la espalda.',
        'Sujeta la pierna por detrás del muslo en lugar de por encima de la rodilla, y acerca la rodilla solo una parte del recorrido.',
        'Después de hacer cada pierna, abraza las dos rodillas a la vez hacia el pecho, con la cabeza apoyada en el suelo.');
INSERT INTO exercise_text_line (exercise_id, lang, section, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 'es', 'STEP', 0, 'Ponte boca arriba sobre la colchoneta, con las dos rodillas dobladas y los pies apoyados en el suelo.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 'es', 'STEP', 1, 'Sube una rodilla hacia el pecho y sujétala con las dos manos, por detrás del muslo o justo debajo de la rodilla.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 'es', 'STEP', 2, 'Acerca la rodilla con suavidad hasta notar el estiramiento en la zona lumbar y el glúteo, con el otro pie apoyado en el suelo.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 'es', 'STEP', 3, 'Mantén la cabeza y los hombros relajados en el suelo y aguanta, respirando despacio.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 'es', 'STEP', 4, 'Baja la pierna despacio hasta el suelo.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 'es', 'STEP', 5, 'Haz todas las repeticiones con una pierna y luego cambia a la otra.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 'es', 'CUE', 0, 'Cabeza y hombros relajados en el suelo'),
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 'es', 'CUE', 1, 'Acerca la rodilla poco a poco, sin tirones'),
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 'es', 'CUE', 2, 'Respira despacio'),
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 'es', 'MISTAKE', 0, 'Levantar la cabeza para acercarla a la rodilla.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 'es', 'MISTAKE', 1, 'Tirar de la rodilla fuerte y rápido en lugar de acercarla poco a poco.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 'es', 'MISTAKE', 2, 'Aguantar la respiración.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 'es', 'CAUTION', 0, 'Si inclinarte hacia delante o estar sentado te aumenta el dolor, puede que esto te siente bien en el momento pero después te deje la espalda más rígida; elige otro estiramiento.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 'es', 'CAUTION', 1, 'No lo hagas si tienes osteoporosis o debes seguir las precauciones de una prótesis de cadera (no doblar la cadera más de 90 grados).'),
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 'es', 'CAUTION', 2, 'Si estás embarazada, evita pasar mucho rato boca arriba. Detente si el dolor aumenta o baja por una pierna.');

-- Half-kneeling hip flexor stretch
INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit, easier_variation, harder_variation)
VALUES ((SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch'), 'es', 'Estiramiento de flexores de cadera, rodilla en el suelo', 'Colchoneta o cojín bajo la rodilla',
        'Estira la parte delantera de la cadera, que puede volverse rígida cuando pasas muchas horas en una silla, para que se muevan más las caderas y menos la zona lumbar.',
        'Haz la versión de pie sujetándote a una silla, o mantén el tronco erguido y solo mete la pelvis hacia dentro, sin llevar las caderas hacia delante.',
        'Sube por encima de la cabeza el brazo del lado de la rodilla apoyada en el suelo y estíralo suavemente hacia arriba, con las costillas abajo y sin arquear la zona lumbar.');
INSERT INTO exercise_text_line (exercise_id, lang, section, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch'), 'es', 'STEP', 0, 'Apoya una rodilla en la colchoneta o en un cojín, con el otro pie plano en el suelo por delante, de modo que las dos rodillas queden dobladas más o menos en ángulo recto.'),
    ((SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch'), 'es', 'STEP', 1, 'Endereza el tronco y pon las manos en las caderas. Ten una silla al lado si necesitas ayuda para mantener el equilibrio.'),
    ((SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch'), 'es', 'STEP', 2, 'Activa suavemente el abdomen y mete el coxis hacia dentro, como si quisieras aplanar la zona lumbar.'),
    ((SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch'), 'es', 'STEP', 3, 'Aprieta el glúteo del lado de la rodilla apoyada en el suelo y después lleva las caderas un poco hacia delante, hasta notar el estiramiento en la parte delantera de esa cadera.'),
    ((SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch'), 'es', 'STEP', 4, 'Aguanta respirando con calma, sin dejar que se arquee la zona lumbar.'),
    ((SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch'), 'es', 'STEP', 5, 'Vuelve atrás poco a poco, cambia de pierna y repite.'),
    ((SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch'), 'es', 'CUE', 0, 'Primero mete el coxis hacia dentro'),
    ((SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch'), 'es', 'CUE', 1, 'Aprieta el glúteo de la pierna de atrás'),
    ((SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch'), 'es', 'CUE', 2, 'Crece hacia arriba; no arquees la zona lumbar'),
    ((SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch'), 'es', 'MISTAKE', 0, 'Arquear la zona lumbar e inclinarte hacia atrás en lugar de meter la pelvis hacia dentro.'),
    ((SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch'), 'es', 'MISTAKE', 1, 'Irte demasiado hacia delante, de modo que la rodilla de delante pasa bastante más allá de los dedos del pie.'),
    ((SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch'), 'es', 'MISTAKE', 2, 'Inclinar el tronco hacia delante, con lo que se pierde el estiramiento.'),
    ((SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch'), 'es', 'CAUTION', 0, 'Si te duele la rodilla al apoyarla, pon debajo una toalla doblada o un cojín, o haz en su lugar el estiramiento de flexores de cadera de pie.'),
    ((SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch'), 'es', 'CAUTION', 1, 'No lo hagas mientras debas seguir las precauciones de una prótesis de cadera: al arrodillarte y volver a levantarte, la cadera puede pasar por posiciones que te han dicho que evites.'),
    ((SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch'), 'es', 'CAUTION', 2, 'Detente si te aumenta el dolor de espalda o si el dolor baja por una pierna.');

-- Pelvic tilt
INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit, easier_variation, harder_variation)
VALUES ((SELECT id FROM exercise WHERE slug = 'pelvic-tilt'), 'es', 'Basculación pélvica', 'Colchoneta',
        'Te enseña a controlar el pequeño movimiento entre la pelvis y la zona lumbar: un primer paso suave que alivia la rigidez y prepara para el puente de glúteos.',
        'Haz un movimiento muy pequeño, o haz la basculación pélvica en silla.',
        'Mantén la espalda plana y levanta despacio un pie un poco del suelo, y luego el otro. Cuando te resulte fácil, pasa al puente de glúteos.');
INSERT INTO exercise_text_line (exercise_id, lang, section, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'pelvic-tilt'), 'es', 'STEP', 0, 'Ponte boca arriba sobre la colchoneta, con las rodillas dobladas, los pies apoyados y separados al ancho de las caderas, y los brazos descansando a los lados.'),
    ((SELECT id FROM exercise WHERE slug = 'pelvic-tilt'), 'es', 'STEP', 1, 'Fíjate en el pequeño hueco que queda entre la zona lumbar y el suelo.'),
    ((SELECT id FROM exercise WHERE slug = 'pelvic-tilt'), 'es', 'STEP', 2, 'Activa suavemente el abdomen y bascula la pelvis hacia atrás para que la zona lumbar se apoye plana en el suelo.'),
    ((SELECT id FROM exercise WHERE slug = 'pelvic-tilt'), 'es', 'STEP', 3, 'Aguanta, respirando con normalidad.'),
    ((SELECT id FROM exercise WHERE slug = 'pelvic-tilt'), 'es', 'STEP', 4, 'Relaja y deja que la espalda vuelva a su curva natural.'),
    ((SELECT id FROM exercise WHERE slug = 'pelvic-tilt'), 'es', 'CUE', 0, 'Un movimiento pequeño desde la pelvis'),
    ((SELECT id FROM exercise WHERE slug = 'pelvic-tilt'), 'es', 'CUE', 1, 'Cuello, hombros y pies relajados'),
    ((SELECT id FROM exercise WHERE slug = 'pelvic-tilt'), 'es', 'CUE', 2, 'Sigue respirando mientras aguantas'),
    ((SELECT id FROM exercise WHERE slug = 'pelvic-tilt'), 'es', 'MISTAKE', 0, 'Empujar con los pies, los hombros o el cuello en lugar de usar el abdomen y la pelvis.'),
    ((SELECT id FROM exercise WHERE slug = 'pelvic-tilt'), 'es', 'MISTAKE', 1, 'Despegar los glúteos del suelo.'),
    ((SELECT id FROM exercise WHERE slug = 'pelvic-tilt'), 'es', 'MISTAKE', 2, 'Aguantar la respiración.'),
    ((SELECT id FROM exercise WHERE slug = 'pelvic-tilt'), 'es', 'CAUTION', 0, 'Si estás embarazada, evita pasar mucho rato boca arriba, sobre todo a partir de la semana 16; la basculación pélvica en silla es una buena alternativa.'),
    ((SELECT id FROM exercise WHERE slug = 'pelvic-tilt'), 'es', 'CAUTION', 1, 'Detente si el dolor aumenta o baja por una pierna.');

-- Glute bridge
INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit, easier_variation, harder_variation)
VALUES ((SELECT id FROM exercise WHERE slug = 'bridge'), 'es', 'Puente de glúteos', 'Colchoneta',
        'Fortalece los glúteos y los músculos que rodean el tronco, que ayudan a sostener la espalda cuando levantas peso, subes escaleras o estás de pie.',
        'Sube las caderas solo unos centímetros, o practica la basculación pélvica hasta que el movimiento te resulte fácil.',
        'Prueba el puente a una pierna: sube con un pie en el suelo y la otra pierna estirada, manteniendo las caderas niveladas.');
INSERT INTO exercise_text_line (exercise_id, lang, section, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 'es', 'STEP', 0, 'Ponte boca arriba sobre la colchoneta, con las rodillas dobladas, los pies apoyados y separados al ancho de las caderas, y los brazos descansando a los lados.'),
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 'es', 'STEP', 1, 'Tensa suavemente el abdomen, como si te prepararas para recibir un toque ligero en la barriga.'),
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 'es', 'STEP', 2, 'Aprieta los glúteos y empuja con los talones para subir las caderas hasta que hombros, caderas y rodillas queden en línea.'),
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 'es', 'STEP', 3, 'Aguanta arriba, respirando con normalidad.'),
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 'es', 'STEP', 4, 'Baja las caderas despacio hasta el suelo.'),
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 'es', 'STEP', 5, 'Descansa un momento y repite.'),
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 'es', 'CUE', 0, 'Activa el abdomen antes de subir'),
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 'es', 'CUE', 1, 'Hombros, caderas y rodillas en línea'),
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 'es', 'CUE', 2, 'Empuja con los talones; costillas abajo'),
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 'es', 'MISTAKE', 0, 'Subir demasiado, de modo que la zona lumbar se arquea arriba.'),
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 'es', 'MISTAKE', 1, 'Empujar con el cuello y los hombros en lugar de con los talones y los glúteos.'),
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 'es', 'MISTAKE', 2, 'Dejar que las rodillas se junten hacia dentro o se abran hacia fuera.'),
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 'es', 'MISTAKE', 3, 'Dejar caer las caderas de golpe en lugar de bajarlas con control.'),
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 'es', 'CAUTION', 0, 'Si estás embarazada, evita pasar mucho rato boca arriba, sobre todo a partir de la semana 16.'),
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 'es', 'CAUTION', 1, 'Si te da un calambre en la parte de atrás de los muslos, acerca un poco los talones a los glúteos.'),
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 'es', 'CAUTION', 2, 'Detente si el dolor aumenta o baja por una pierna.');

-- Bird-dog
INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit, easier_variation, harder_variation)
VALUES ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 'es', 'Perro de caza', 'Colchoneta',
        'Da resistencia a los músculos de la espalda y los glúteos, y te enseña a mantener la columna estable mientras mueves brazos y piernas.',
        'Desliza una pierna hacia atrás por el suelo, o levanta solo un brazo, antes de combinar brazo y pierna contrarios.',
        'Mientras mantienes el brazo y la pierna estirados, dibuja un pequeño cuadrado con la mano y el talón, sin que la espalda se mueva nada.');
INSERT INTO exercise_text_line (exercise_id, lang, section, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 'es', 'STEP', 0, 'Empieza a cuatro patas sobre la colchoneta, con las manos debajo de los hombros, las rodillas debajo de las caderas y la espalda recta.'),
    ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 'es', 'STEP', 1, 'Activa suavemente el abdomen, cierra las manos en puño y empuja el suelo hacia abajo.'),
    ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 'es', 'STEP', 2, 'Lleva despacio un brazo hacia delante y la pierna contraria hacia atrás, empujando con el talón, hasta que los dos queden más o menos a la altura del cuerpo.'),
    ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 'es', 'STEP', 3, 'Aguanta con la espalda y las caderas quietas y niveladas, respirando con normalidad.'),
    ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 'es', 'STEP', 4, 'Vuelve a apoyar la mano y la rodilla en el suelo con control.'),
    ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 'es', 'STEP', 5, 'Repite con el otro brazo y la otra pierna; cada repetición cuenta para ese lado.'),
    ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 'es', 'CUE', 0, 'Alárgate: mano hacia delante, talón hacia atrás'),
    ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 'es', 'CUE', 1, 'Sube solo hasta donde la espalda no se mueva'),
    ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 'es', 'CUE', 2, 'Caderas niveladas, sin girar'),
    ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 'es', 'MISTAKE', 0, 'Subir demasiado la pierna, de modo que se arquea la zona lumbar.'),
    ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 'es', 'MISTAKE', 1, 'Dejar que la cadera de la pierna levantada se abra y gire hacia el techo.'),
    ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 'es', 'MISTAKE', 2, 'Dejar caer la cabeza o mirar hacia arriba en lugar de mantener el cuello largo.'),
    ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 'es', 'MISTAKE', 3, 'Hacer las repeticiones con prisa en lugar de mantener la posición sin moverte durante toda la cuenta.'),
    ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 'es', 'CAUTION', 0, 'Si te duele al arrodillarte, pon una toalla doblada bajo las rodillas; si te molestan las muñecas, apóyate sobre los puños.'),
    ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 'es', 'CAUTION', 1, 'Detente si el dolor aumenta o baja por una pierna.');

-- Dead bug
INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit, easier_variation, harder_variation)
VALUES ((SELECT id FROM exercise WHERE slug = 'dead-bug'), 'es', 'Insecto muerto', 'Colchoneta',
        'Fortalece los músculos profundos de la parte delantera del tronco y los entrena para mantener estable la zona lumbar mientras mueves brazos y piernas.',
        'Mueve solo las piernas, deslizando un talón por el suelo cada vez, o mueve solo los brazos con los pies apoyados en el suelo.',
        'Baja la pierna que estiras más cerca del suelo, sin despegar la zona lumbar, y quédate ahí el tiempo de una respiración.');
INSERT INTO exercise_text_line (exercise_id, lang, section, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'dead-bug'), 'es', 'STEP', 0, 'Ponte boca arriba sobre la colchoneta. Estira los brazos hacia el techo y sube las piernas de modo que las rodillas queden encima de las caderas, dobladas en ángulo recto.'),
    ((SELECT id FROM exercise WHERE slug = 'dead-bug'), 'es', 'STEP', 1, 'Activa suavemente el abdomen para que la zona lumbar quede apoyada con suavidad en el suelo.'),
    ((SELECT id FROM exercise WHERE slug = 'dead-bug'), 'es', 'STEP', 2, 'Al soltar el aire, baja despacio un brazo hacia atrás, por detrás de la cabeza y estira la pierna contraria, bajándola solo hasta donde la espalda no se mueva.'),
    ((SELECT id FROM exercise WHERE slug = 'dead-bug'), 'es', 'STEP', 3, 'Haz una breve pausa y vuelve a llevar el brazo y la pierna al inicio.'),
    ((SELECT id FROM exercise WHERE slug = 'dead-bug'), 'es', 'STEP', 4, 'Repite con el otro brazo y la otra pierna, y sigue alternando; cada repetición cuenta para ese lado.'),
    ((SELECT id FROM exercise WHERE slug = 'dead-bug'), 'es', 'CUE', 0, 'Zona lumbar apoyada suavemente en el suelo'),
    ((SELECT id FROM exercise WHERE slug = 'dead-bug'), 'es', 'CUE', 1, 'Despacio; suelta el aire al estirar'),
    ((SELECT id FROM exercise WHERE slug = 'dead-bug'), 'es', 'CUE', 2, 'Baja solo hasta donde la espalda no se mueva'),
    ((SELECT id FROM exercise WHERE slug = 'dead-bug'), 'es', 'MISTAKE', 0, 'Dejar que la zona lumbar se arquee y se despegue del suelo al bajar la pierna.'),
    ((SELECT id FROM exercise WHERE slug = 'dead-bug'), 'es', 'MISTAKE', 1, 'Ir rápido y balancear brazos y piernas.'),
    ((SELECT id FROM exercise WHERE slug = 'dead-bug'), 'es', 'MISTAKE', 2, 'Aguantar la respiración o hacer fuerza con el cuello.'),
    ((SELECT id FROM exercise WHERE slug = 'dead-bug'), 'es', 'CAUTION', 0, 'Si estás embarazada, no hagas este ejercicio: se hace boca arriba y trabaja mucho los músculos del abdomen.'),
    ((SELECT id FROM exercise WHERE slug = 'dead-bug'), 'es', 'CAUTION', 1, 'Detente si el dolor aumenta o baja por una pierna.');

-- McGill curl-up
INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit, easier_variation, harder_variation)
VALUES ((SELECT id FROM exercise WHERE slug = 'curl-up'), 'es', 'Curl-up de McGill', 'Colchoneta',
        'Trabaja los abdominales mientras la zona lumbar conserva su curva natural, de modo que ganas resistencia en el tronco sin doblar la espalda una y otra vez.',
        'Deja los codos en el suelo y levanta solo un poco la cabeza, o limítate a activar el abdomen sin levantar nada.',
        'Despega también los codos del suelo, o haz una respiración lenta y profunda mientras mantienes la posición.');
INSERT INTO exercise_text_line (exercise_id, lang, section, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 'es', 'STEP', 0, 'Ponte boca arriba sobre la colchoneta, con una rodilla doblada y el pie apoyado, y la otra pierna estirada.'),
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 'es', 'STEP', 1, 'Mete las manos, con las palmas hacia abajo, debajo de la zona lumbar para sostener su curva natural.'),
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 'es', 'STEP', 2, 'Activa suavemente el abdomen. Con el mentón ligeramente recogido, despega del suelo la cabeza y los hombros solo un poco, como un bloque.'),
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 'es', 'STEP', 3, 'Aguanta sin moverte, respirando con normalidad, sin dejar que la zona lumbar se aplane ni se doble.'),
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 'es', 'STEP', 4, 'Baja despacio la cabeza y los hombros y relájate.'),
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 'es', 'STEP', 5, 'A mitad de las repeticiones, cambia la rodilla que tienes doblada.'),
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 'es', 'CUE', 0, 'Manos bajo la zona lumbar; conserva su curva'),
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 'es', 'CUE', 1, 'Sube cabeza y hombros solo un poco'),
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 'es', 'CUE', 2, 'No es un abdominal clásico: no te dobles por la cintura'),
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 'es', 'MISTAKE', 0, 'Enrollarte como en un abdominal clásico, de modo que la zona lumbar se redondea contra el suelo.'),
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 'es', 'MISTAKE', 1, 'Pegar el mentón al pecho o tirar de la cabeza.'),
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 'es', 'MISTAKE', 2, 'Subir demasiado; basta con despegarte un poco.'),
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 'es', 'MISTAKE', 3, 'Aguantar la respiración.'),
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 'es', 'CAUTION', 0, 'Si notas dolor en la pierna o en el glúteo, dobla la rodilla del lado que duele y deja estirada la otra pierna.'),
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 'es', 'CAUTION', 1, 'No lo hagas si estás embarazada o tienes osteoporosis: levantar el tronco contra la gravedad dobla y carga la parte alta de la columna.'),
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 'es', 'CAUTION', 2, 'Detente si el dolor aumenta o baja por una pierna.');

-- Side plank (on knees)
INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit, easier_variation, harder_variation)
VALUES ((SELECT id FROM exercise WHERE slug = 'side-plank'), 'es', 'Plancha lateral (de rodillas)', 'Colchoneta',
        'Fortalece los músculos del costado del tronco, que mantienen la columna estable cuando cargas peso, te estiras para alcanzar algo o giras.',
        'Deja las caderas en el suelo y solo empuja con el antebrazo para elevar un poco las costillas, o apóyate de lado con el antebrazo en una pared.',
        'Estira las piernas y apóyate en los pies en lugar de en las rodillas, sin pasar de 10 segundos en cada repetición.');
INSERT INTO exercise_text_line (exercise_id, lang, section, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 'es', 'STEP', 0, 'Ponte de lado sobre la colchoneta con las rodillas dobladas hacia atrás, de modo que hombros, caderas y rodillas queden en línea.'),
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 'es', 'STEP', 1, 'Apóyate sobre el antebrazo, con el codo justo debajo del hombro.'),
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 'es', 'STEP', 2, 'Activa suavemente el abdomen y despega las caderas del suelo hasta que el cuerpo quede recto de la cabeza a las rodillas.'),
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 'es', 'STEP', 3, 'Aguanta respirando con normalidad, sin dejar que las caderas se hundan.'),
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 'es', 'STEP', 4, 'Baja las caderas con suavidad al suelo y descansa un momento.'),
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 'es', 'STEP', 5, 'Haz todas las repeticiones de un lado, luego date la vuelta y repite del otro.'),
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 'es', 'CUE', 0, 'Codo debajo del hombro'),
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 'es', 'CUE', 1, 'Caderas arriba, en línea con hombros y rodillas'),
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 'es', 'CUE', 2, 'Si se hunden las caderas, para y descansa'),
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 'es', 'MISTAKE', 0, 'Dejar que las caderas se hundan hacia el suelo.'),
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 'es', 'MISTAKE', 1, 'Poner el codo demasiado lejos del hombro.'),
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 'es', 'MISTAKE', 2, 'Dejar que la cadera de arriba se vaya hacia delante o hacia atrás en lugar de quedarse justo encima de la de abajo.'),
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 'es', 'MISTAKE', 3, 'Aguantar la respiración.'),
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 'es', 'CAUTION', 0, 'Si te duele el hombro, empieza por la versión más fácil o deja este ejercicio.'),
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 'es', 'CAUTION', 1, 'Si estás embarazada, no hagas este ejercicio: trabaja mucho los músculos del tronco.'),
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 'es', 'CAUTION', 2, 'Detente si el dolor aumenta o baja por una pierna.');

-- Plank (forearm)
INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit, easier_variation, harder_variation)
VALUES ((SELECT id FROM exercise WHERE slug = 'plank'), 'es', 'Plancha (sobre antebrazos)', 'Colchoneta',
        'Da resistencia a los músculos que rodean el tronco para que sostengan la columna estable en las tareas de cada día.',
        'Deja las rodillas en el suelo para que el cuerpo quede recto de la cabeza a las rodillas, o apoya los antebrazos en la encimera de la cocina o en una pared.',
        'Mantén las repeticiones de 10 segundos pero despega un pie unos centímetros del suelo, con las caderas niveladas, y luego cambia de pie.');
INSERT INTO exercise_text_line (exercise_id, lang, section, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'plank'), 'es', 'STEP', 0, 'Ponte boca abajo sobre la colchoneta y apóyate en los antebrazos, con los codos justo debajo de los hombros.'),
    ((SELECT id FROM exercise WHERE slug = 'plank'), 'es', 'STEP', 1, 'Apoya las puntas de los pies en el suelo y activa el abdomen y los glúteos.'),
    ((SELECT id FROM exercise WHERE slug = 'plank'), 'es', 'STEP', 2, 'Despega el cuerpo del suelo hasta formar una línea recta de la cabeza a los talones.'),
    ((SELECT id FROM exercise WHERE slug = 'plank'), 'es', 'STEP', 3, 'Aguanta respirando con normalidad, con la mirada en el suelo justo delante de las manos.'),
    ((SELECT id FROM exercise WHERE slug = 'plank'), 'es', 'STEP', 4, 'Baja las rodillas al suelo y descansa un momento antes de la siguiente repetición.'),
    ((SELECT id FROM exercise WHERE slug = 'plank'), 'es', 'CUE', 0, 'Codos debajo de los hombros'),
    ((SELECT id FROM exercise WHERE slug = 'plank'), 'es', 'CUE', 1, 'Línea recta de la cabeza a los talones'),
    ((SELECT id FROM exercise WHERE slug = 'plank'), 'es', 'CUE', 2, 'Abdomen firme y sigue respirando'),
    ((SELECT id FROM exercise WHERE slug = 'plank'), 'es', 'MISTAKE', 0, 'Dejar que las caderas se hundan y la zona lumbar se arquee; si pasa, termina la repetición.'),
    ((SELECT id FROM exercise WHERE slug = 'plank'), 'es', 'MISTAKE', 1, 'Subir mucho las caderas hasta formar una V invertida.'),
    ((SELECT id FROM exercise WHERE slug = 'plank'), 'es', 'MISTAKE', 2, 'Aguantar la respiración.'),
    ((SELECT id FROM exercise WHERE slug = 'plank'), 'es', 'MISTAKE', 3, 'Dejar caer la cabeza o levantarla para mirar al frente.'),
    ((SELECT id FROM exercise WHERE slug = 'plank'), 'es', 'CAUTION', 0, 'Si estás embarazada, no hagas este ejercicio: carga mucho los músculos del abdomen.'),
    ((SELECT id FROM exercise WHERE slug = 'plank'), 'es', 'CAUTION', 1, 'Si tienes hipertensión, sigue respirando y no aguantes nunca la respiración; si te duelen los hombros, haz la versión en la pared.'),
    ((SELECT id FROM exercise WHERE slug = 'plank'), 'es', 'CAUTION', 2, 'Detente si te duele la zona lumbar, si el dolor aumenta o si baja por una pierna.');

-- Superman
INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit, easier_variation, harder_variation)
VALUES ((SELECT id FROM exercise WHERE slug = 'superman'), 'es', 'Superman', 'Colchoneta',
        'Fortalece los músculos que recorren la parte de atrás de la columna y los glúteos, que te ayudan a mantener el cuerpo erguido.',
        'Levanta solo los brazos o solo las piernas, o un brazo con la pierna contraria, lo que carga menos la espalda.',
        'Mantén cada elevación hasta 5 segundos y, mientras sigues arriba, lleva despacio los brazos desde delante hacia los lados y de vuelta.');
INSERT INTO exercise_text_line (exercise_id, lang, section, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'superman'), 'es', 'STEP', 0, 'Ponte boca abajo sobre la colchoneta, con las piernas estiradas y los brazos extendidos por delante.'),
    ((SELECT id FROM exercise WHERE slug = 'superman'), 'es', 'STEP', 1, 'Apoya la frente en el suelo o en una toalla doblada para que el cuello quede largo.'),
    ((SELECT id FROM exercise WHERE slug = 'superman'), 'es', 'STEP', 2, 'Aprieta los glúteos y activa suavemente el abdomen.'),
    ((SELECT id FROM exercise WHERE slug = 'superman'), 'es', 'STEP', 3, 'Despega a la vez los brazos y las piernas unos centímetros del suelo, con la mirada en el suelo.'),
    ((SELECT id FROM exercise WHERE slug = 'superman'), 'es', 'STEP', 4, 'Aguanta un momento, baja despacio al suelo y relájate.'),
    ((SELECT id FROM exercise WHERE slug = 'superman'), 'es', 'CUE', 0, 'Sube solo unos centímetros'),
    ((SELECT id FROM exercise WHERE slug = 'superman'), 'es', 'CUE', 1, 'Mirada al suelo, cuello largo'),
    ((SELECT id FROM exercise WHERE slug = 'superman'), 'es', 'CUE', 2, 'Aprieta los glúteos antes de subir'),
    ((SELECT id FROM exercise WHERE slug = 'superman'), 'es', 'MISTAKE', 0, 'Subir todo lo que puedas y forzar la zona lumbar.'),
    ((SELECT id FROM exercise WHERE slug = 'superman'), 'es', 'MISTAKE', 1, 'Mirar hacia arriba y doblar el cuello hacia atrás.'),
    ((SELECT id FROM exercise WHERE slug = 'superman'), 'es', 'MISTAKE', 2, 'Subir con impulso o a tirones en lugar de despacio.'),
    ((SELECT id FROM exercise WHERE slug = 'superman'), 'es', 'MISTAKE', 3, 'Aguantar la respiración.'),
    ((SELECT id FROM exercise WHERE slug = 'superman'), 'es', 'CAUTION', 0, 'Levantar a la vez los dos brazos y las dos piernas carga mucho la zona lumbar. Si todavía no tienes experiencia con ejercicios de espalda, empieza por el perro de caza.'),
    ((SELECT id FROM exercise WHERE slug = 'superman'), 'es', 'CAUTION', 1, 'No lo hagas si arquear la espalda hacia atrás, estar de pie o caminar te aumenta el dolor, ni si estás embarazada.'),
    ((SELECT id FROM exercise WHERE slug = 'superman'), 'es', 'CAUTION', 2, 'Detente si el dolor aumenta o baja por una pierna.');

-- Prone press-up
INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit, easier_variation, harder_variation)
VALUES ((SELECT id FROM exercise WHERE slug = 'prone-press-up'), 'es', 'Extensión boca abajo', 'Colchoneta',
        'Arquea suavemente la zona lumbar hacia atrás, algo que a muchas personas les alivia la rigidez de estar sentadas; el trabajo lo hacen los brazos, así que la espalda puede relajarse.',
        'Apóyate en los antebrazos con los codos debajo de los hombros y descansa ahí, en lugar de estirar los brazos.',
        'Estira más los brazos y, arriba, suelta el aire y deja que las caderas y el abdomen bajen un poco más hacia el suelo.');
INSERT INTO exercise_text_line (exercise_id, lang, section, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'prone-press-up'), 'es', 'STEP', 0, 'Ponte boca abajo sobre la colchoneta, con las manos planas en el suelo debajo de los hombros.'),
    ((SELECT id FROM exercise WHERE slug = 'prone-press-up'), 'es', 'STEP', 1, 'Deja que las caderas, los glúteos y las piernas pesen y se relajen.'),
    ((SELECT id FROM exercise WHERE slug = 'prone-press-up'), 'es', 'STEP', 2, 'Estira despacio los brazos para elevar el tronco, con las caderas en el suelo.'),
    ((SELECT id FROM exercise WHERE slug = 'prone-press-up'), 'es', 'STEP', 3, 'Sube solo hasta donde te resulte cómodo y haz una breve pausa arriba, soltando el aire.'),
    ((SELECT id FROM exercise WHERE slug = 'prone-press-up'), 'es', 'STEP', 4, 'Baja despacio y relájate.'),
    ((SELECT id FROM exercise WHERE slug = 'prone-press-up'), 'es', 'CUE', 0, 'Las caderas pesan en el suelo'),
    ((SELECT id FROM exercise WHERE slug = 'prone-press-up'), 'es', 'CUE', 1, 'Trabajan los brazos; la espalda, relajada'),
    ((SELECT id FROM exercise WHERE slug = 'prone-press-up'), 'es', 'CUE', 2, 'Solo hasta donde te resulte cómodo'),
    ((SELECT id FROM exercise WHERE slug = 'prone-press-up'), 'es', 'MISTAKE', 0, 'Despegar las caderas del suelo al empujar.'),
    ((SELECT id FROM exercise WHERE slug = 'prone-press-up'), 'es', 'MISTAKE', 1, 'Apretar los glúteos y los músculos de la espalda en lugar de dejarlos relajados.'),
    ((SELECT id FROM exercise WHERE slug = 'prone-press-up'), 'es', 'MISTAKE', 2, 'Seguir empujando aunque duela para llegar a estirar los brazos.'),
    ((SELECT id FROM exercise WHERE slug = 'prone-press-up'), 'es', 'CAUTION', 0, 'No lo hagas si arquear la espalda hacia atrás, estar de pie o caminar te aumenta el dolor.'),
    ((SELECT id FROM exercise WHERE slug = 'prone-press-up'), 'es', 'CAUTION', 1, 'Detente enseguida si notas adormecimiento u hormigueo, o si el dolor baja más por una pierna. Si el dolor sube hacia el centro de la espalda, suele ser buena señal.'),
    ((SELECT id FROM exercise WHERE slug = 'prone-press-up'), 'es', 'CAUTION', 2, 'Si estás embarazada, no hagas este ejercicio: ponerte boca abajo pronto deja de ser práctico.');

-- Clamshell
INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit, easier_variation, harder_variation)
VALUES ((SELECT id FROM exercise WHERE slug = 'clamshell'), 'es', 'Almeja', 'Colchoneta',
        'Fortalece los músculos del lateral y la parte de atrás de la cadera, que mantienen la pelvis nivelada al caminar y al estar de pie.',
        'Abre la rodilla de arriba solo un poco y apoya la cabeza en el brazo de abajo o en una almohada.',
        'Pon una banda elástica suave justo por encima de las rodillas, o mantén los dos pies un poco despegados del suelo mientras abres la rodilla.');
INSERT INTO exercise_text_line (exercise_id, lang, section, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'clamshell'), 'es', 'STEP', 0, 'Ponte de lado sobre la colchoneta, con las caderas y las rodillas dobladas, las rodillas por delante del cuerpo y los pies juntos.'),
    ((SELECT id FROM exercise WHERE slug = 'clamshell'), 'es', 'STEP', 1, 'Apoya la cabeza en el brazo de abajo o en una almohada y pon la mano de arriba sobre la cadera de arriba.'),
    ((SELECT id FROM exercise WHERE slug = 'clamshell'), 'es', 'STEP', 2, 'Lleva la cadera de arriba un poco hacia delante y mantén el abdomen suavemente activado.'),
    ((SELECT id FROM exercise WHERE slug = 'clamshell'), 'es', 'STEP', 3, 'Sin separar los pies, sube despacio la rodilla de arriba, abriendo las piernas como una almeja, sin dejar que la pelvis se vaya hacia atrás.'),
    ((SELECT id FROM exercise WHERE slug = 'clamshell'), 'es', 'STEP', 4, 'Aguanta un momento y baja la rodilla despacio.'),
    ((SELECT id FROM exercise WHERE slug = 'clamshell'), 'es', 'STEP', 5, 'Termina todas las repeticiones, luego date la vuelta y repite del otro lado.'),
    ((SELECT id FROM exercise WHERE slug = 'clamshell'), 'es', 'CUE', 0, 'Los pies siguen juntos'),
    ((SELECT id FROM exercise WHERE slug = 'clamshell'), 'es', 'CUE', 1, 'Pelvis quieta; no se va hacia atrás'),
    ((SELECT id FROM exercise WHERE slug = 'clamshell'), 'es', 'CUE', 2, 'Sube despacio, desde el glúteo'),
    ((SELECT id FROM exercise WHERE slug = 'clamshell'), 'es', 'MISTAKE', 0, 'Llevar la pelvis hacia atrás para subir más la rodilla.'),
    ((SELECT id FROM exercise WHERE slug = 'clamshell'), 'es', 'MISTAKE', 1, 'Subir la rodilla de un impulso y dejarla caer.'),
    ((SELECT id FROM exercise WHERE slug = 'clamshell'), 'es', 'MISTAKE', 2, 'Dejar que los pies se separen.'),
    ((SELECT id FROM exercise WHERE slug = 'clamshell'), 'es', 'CAUTION', 0, 'Si te han puesto una prótesis de cadera, no lo hagas mientras debas seguir las precauciones de cadera y consulta a tu cirujano o fisioterapeuta antes de empezar.'),
    ((SELECT id FROM exercise WHERE slug = 'clamshell'), 'es', 'CAUTION', 1, 'Detente si el dolor aumenta o baja por una pierna.');

-- Standing hamstring stretch
INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit, easier_variation, harder_variation)
VALUES ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 'es', 'Estiramiento de isquiotibiales de pie', 'Escalón bajo o silla firme',
        'Estira la parte de atrás de los muslos sin tener que bajar al suelo, inclinándote desde la cadera para que la espalda se mantenga recta.',
        'Usa un escalón más bajo, dobla un poco la rodilla de la pierna elevada y échate solo un poco hacia delante.',
        'Usa una superficie estable algo más alta e inclínate un poco más, con la espalda recta todo el tiempo.');
INSERT INTO exercise_text_line (exercise_id, lang, section, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 'es', 'STEP', 0, 'Ponte de pie frente a un escalón bajo o una silla firme, con una pared o una encimera a mano para mantener el equilibrio.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 'es', 'STEP', 1, 'Apoya un talón en el escalón, con esa pierna estirada pero la rodilla sin bloquear y los dedos del pie relajados.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 'es', 'STEP', 2, 'Mantén un poco doblada la rodilla de la pierna de apoyo y la espalda larga y recta.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 'es', 'STEP', 3, 'Inclínate hacia delante desde las caderas, como en una reverencia, hasta notar un estiramiento suave en la parte de atrás del muslo elevado.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 'es', 'STEP', 4, 'Aguanta respirando con calma y vuelve a subir despacio.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 'es', 'STEP', 5, 'Haz todas las repeticiones con una pierna y luego cambia a la otra.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 'es', 'CUE', 0, 'Inclínate desde la cadera; espalda recta'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 'es', 'CUE', 1, 'Pierna elevada: rodilla suelta, sin bloquear'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 'es', 'CUE', 2, 'Tiene que notarse detrás del muslo, no en la pantorrilla ni en el pie'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 'es', 'MISTAKE', 0, 'Redondear la espalda para llegar a los dedos de los pies.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 'es', 'MISTAKE', 1, 'Usar una superficie tan alta que te echas hacia atrás o pierdes el equilibrio.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 'es', 'MISTAKE', 2, 'Dar rebotes para estirar más.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 'es', 'CAUTION', 0, 'Notar hormigueo, adormecimiento o tirantez en la pantorrilla o el pie puede significar que se está estirando un nervio: afloja, y detente si sigue. Si tienes dolor por debajo de la rodilla, no hagas este estiramiento.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 'es', 'CAUTION', 1, 'No lo hagas si tienes osteoporosis o debes seguir las precauciones de una prótesis de cadera, porque inclina el cuerpo hacia delante y dobla mucho la cadera.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 'es', 'CAUTION', 2, 'Sujétate a algo firme si no te fías de tu equilibrio. Detente si el dolor aumenta o baja por una pierna.');

-- Seated piriformis stretch
INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit, easier_variation, harder_variation)
VALUES ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 'es', 'Estiramiento del piriforme en silla', 'Silla',
        'Estira los músculos profundos del glúteo y de la cadera sin levantarte de la silla, algo muy práctico si pasas muchas horas en ella.',
        'Quédate con la espalda erguida sin inclinarte hacia delante, o apoya el tobillo más abajo, sobre la espinilla.',
        'Inclínate un poco más hacia delante desde las caderas, con la espalda recta y el pecho elevado.');
INSERT INTO exercise_text_line (exercise_id, lang, section, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 'es', 'STEP', 0, 'Siéntate cerca del borde de una silla firme y sin ruedas, con los pies apoyados en el suelo.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 'es', 'STEP', 1, 'Levanta el tobillo derecho y apóyalo sobre la rodilla izquierda, dejando que la rodilla derecha caiga suavemente hacia fuera.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 'es', 'STEP', 2, 'Siéntate con la espalda bien erguida y las manos apoyadas en la espinilla derecha.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 'es', 'STEP', 3, 'Con la espalda recta, inclínate un poco hacia delante desde las caderas hasta notar un estiramiento profundo en el glúteo derecho.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 'es', 'STEP', 4, 'Aguanta respirando con calma y vuelve a incorporarte despacio.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 'es', 'STEP', 5, 'Descruza las piernas y repite con el tobillo izquierdo sobre la rodilla derecha.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 'es', 'CUE', 0, 'Primero, espalda bien erguida'),
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 'es', 'CUE', 1, 'Inclínate desde la cadera, espalda recta'),
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 'es', 'CUE', 2, 'Deja caer la rodilla cruzada; no la empujes'),
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 'es', 'MISTAKE', 0, 'Redondear la espalda y dejar caer la cabeza para inclinarte más.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 'es', 'MISTAKE', 1, 'Empujar con fuerza hacia abajo la rodilla cruzada.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 'es', 'MISTAKE', 2, 'Usar una silla con ruedas o que se vuelque con facilidad.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 'es', 'CAUTION', 0, 'No lo hagas mientras debas seguir las precauciones de una prótesis de cadera: cruza las piernas y dobla la cadera.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 'es', 'CAUTION', 1, 'No lo hagas si tienes osteoporosis, porque hay que inclinarse hacia delante. Si te molesta la rodilla, apoya el tobillo más abajo, sobre la espinilla.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 'es', 'CAUTION', 2, 'Detente si notas hormigueo, o si el dolor aumenta o baja por una pierna.');

-- Seated twist
INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit, easier_variation, harder_variation)
VALUES ((SELECT id FROM exercise WHERE slug = 'seated-twist'), 'es', 'Giro de tronco en silla', 'Silla',
        'Gira con suavidad la parte alta y la parte baja de la espalda mientras estás en la silla, para aliviar la rigidez de pasar mucho rato frente a un escritorio.',
        'Gira solo un poco, con las manos descansando en el regazo.',
        'Cruza los brazos sobre el pecho y gira usando solo los músculos del tronco; mantén la posición final durante una respiración completa.');
INSERT INTO exercise_text_line (exercise_id, lang, section, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'seated-twist'), 'es', 'STEP', 0, 'Siéntate en una silla con la espalda erguida y los pies apoyados y separados al ancho de las caderas.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-twist'), 'es', 'STEP', 1, 'Crece hacia arriba, como si un hilo tirara de la coronilla hacia el techo.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-twist'), 'es', 'STEP', 2, 'Con las caderas y las rodillas mirando al frente, gira despacio el tronco hacia la derecha, con la mano derecha en el respaldo y la izquierda sobre la rodilla derecha.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-twist'), 'es', 'STEP', 3, 'Gira solo hasta donde te resulte cómodo y aguanta un momento, respirando con calma.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-twist'), 'es', 'STEP', 4, 'Vuelve despacio a mirar al frente.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-twist'), 'es', 'STEP', 5, 'Repite hacia la izquierda y sigue alternando; cada giro cuenta para ese lado.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-twist'), 'es', 'CUE', 0, 'Primero crece hacia arriba, luego gira'),
    ((SELECT id FROM exercise WHERE slug = 'seated-twist'), 'es', 'CUE', 1, 'Caderas y rodillas siguen mirando al frente'),
    ((SELECT id FROM exercise WHERE slug = 'seated-twist'), 'es', 'CUE', 2, 'Las manos te sujetan; no tiran'),
    ((SELECT id FROM exercise WHERE slug = 'seated-twist'), 'es', 'MISTAKE', 0, 'Tirar del respaldo para girar más.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-twist'), 'es', 'MISTAKE', 1, 'Dejarte caer hacia delante mientras giras.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-twist'), 'es', 'MISTAKE', 2, 'Girar rápido o dar rebotes al final del giro.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-twist'), 'es', 'CAUTION', 0, 'Si tienes osteoporosis, no hagas este ejercicio: conviene evitar girar la columna, sobre todo cerca del final de su recorrido.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-twist'), 'es', 'CAUTION', 1, 'Detente si el dolor aumenta o baja por una pierna.');

-- Chin tuck
INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit, easier_variation, harder_variation)
VALUES ((SELECT id FROM exercise WHERE slug = 'chin-tuck'), 'es', 'Retracción del mentón', 'Silla',
        'Despierta los músculos profundos de la parte delantera del cuello y te ayuda a llevar la cabeza encima de los hombros en lugar de adelantada.',
        'Ponte de pie con la espalda contra una pared y lleva la cabeza hacia atrás hasta que toque ligeramente la pared.',
        'Ponte boca arriba, recoge el mentón y despega la cabeza apenas del suelo durante unos segundos, sin perder el mentón recogido.');
INSERT INTO exercise_text_line (exercise_id, lang, section, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'chin-tuck'), 'es', 'STEP', 0, 'Siéntate en una silla con la espalda erguida, los hombros relajados y la mirada al frente.'),
    ((SELECT id FROM exercise WHERE slug = 'chin-tuck'), 'es', 'STEP', 1, 'Con el mentón nivelado, desliza la cabeza recta hacia atrás, como si quisieras hacer papada.'),
    ((SELECT id FROM exercise WHERE slug = 'chin-tuck'), 'es', 'STEP', 2, 'Para cuando notes un estiramiento suave en la base del cráneo y sientas trabajar los músculos de la parte delantera del cuello.'),
    ((SELECT id FROM exercise WHERE slug = 'chin-tuck'), 'es', 'STEP', 3, 'Aguanta, respirando con normalidad.'),
    ((SELECT id FROM exercise WHERE slug = 'chin-tuck'), 'es', 'STEP', 4, 'Relaja y deja que la cabeza vuelva hacia delante, a la posición de inicio.'),
    ((SELECT id FROM exercise WHERE slug = 'chin-tuck'), 'es', 'CUE', 0, 'Desliza la cabeza recta hacia atrás, mentón nivelado'),
    ((SELECT id FROM exercise WHERE slug = 'chin-tuck'), 'es', 'CUE', 1, 'La mirada sigue al frente'),
    ((SELECT id FROM exercise WHERE slug = 'chin-tuck'), 'es', 'CUE', 2, 'Hombros relajados'),
    ((SELECT id FROM exercise WHERE slug = 'chin-tuck'), 'es', 'MISTAKE', 0, 'Bajar el mentón hacia el pecho en lugar de llevar la cabeza hacia atrás.'),
    ((SELECT id FROM exercise WHERE slug = 'chin-tuck'), 'es', 'MISTAKE', 1, 'Inclinar la cabeza hacia arriba para mirar al techo.'),
    ((SELECT id FROM exercise WHERE slug = 'chin-tuck'), 'es', 'MISTAKE', 2, 'Empujar con fuerza o subir los hombros.'),
    ((SELECT id FROM exercise WHERE slug = 'chin-tuck'), 'es', 'CAUTION', 0, 'Detente si te mareas, te empieza a doler la cabeza o notas dolor u hormigueo que baja hacia un brazo.'),
    ((SELECT id FROM exercise WHERE slug = 'chin-tuck'), 'es', 'CAUTION', 1, 'Si el cuello te duele mucho, haz un movimiento mínimo y aguanta poco tiempo. Detente si el dolor aumenta.');

-- Wall angel
INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit, easier_variation, harder_variation)
VALUES ((SELECT id FROM exercise WHERE slug = 'wall-angel'), 'es', 'Ángel en la pared', 'Pared',
        'Mueve la parte alta de la espalda y los omóplatos, y contrarresta la postura encorvada que pueden dejar muchas horas frente a un escritorio.',
        'Siéntate en una silla con la espalda contra el respaldo y sube los brazos solo hasta donde te resulte cómodo.',
        'Acerca los pies a la pared y mantén el dorso de las manos y los antebrazos en contacto con ella durante todo el recorrido.');
INSERT INTO exercise_text_line (exercise_id, lang, section, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'wall-angel'), 'es', 'STEP', 0, 'Ponte de pie con la espalda contra una pared, los pies a un pequeño paso de ella y las rodillas sin bloquear.'),
    ((SELECT id FROM exercise WHERE slug = 'wall-angel'), 'es', 'STEP', 1, 'Apoya la cabeza, la parte alta de la espalda y los glúteos en la pared, con la zona lumbar cerca de ella.'),
    ((SELECT id FROM exercise WHERE slug = 'wall-angel'), 'es', 'STEP', 2, 'Sube los brazos en forma de portería: codos doblados a la altura de los hombros y la parte de atrás de los brazos hacia la pared.'),
    ((SELECT id FROM exercise WHERE slug = 'wall-angel'), 'es', 'STEP', 3, 'Desliza despacio los brazos hacia arriba por la pared, hacia una forma de Y, solo hasta donde sigan cerca de la pared y la espalda no se mueva.'),
    ((SELECT id FROM exercise WHERE slug = 'wall-angel'), 'es', 'STEP', 4, 'Haz una breve pausa y vuelve a bajar hasta la portería.'),
    ((SELECT id FROM exercise WHERE slug = 'wall-angel'), 'es', 'CUE', 0, 'Cabeza, parte alta de la espalda y glúteos tocan la pared'),
    ((SELECT id FROM exercise WHERE slug = 'wall-angel'), 'es', 'CUE', 1, 'Costillas abajo; la zona lumbar sigue cerca de la pared'),
    ((SELECT id FROM exercise WHERE slug = 'wall-angel'), 'es', 'CUE', 2, 'Desliza despacio, solo hasta donde te resulte cómodo'),
    ((SELECT id FROM exercise WHERE slug = 'wall-angel'), 'es', 'MISTAKE', 0, 'Separar la zona lumbar de la pared, arqueándola, para subir más los brazos.'),
    ((SELECT id FROM exercise WHERE slug = 'wall-angel'), 'es', 'MISTAKE', 1, 'Subir los hombros hacia las orejas.'),
    ((SELECT id FROM exercise WHERE slug = 'wall-angel'), 'es', 'MISTAKE', 2, 'Adelantar el mentón y despegar la cabeza de la pared.'),
    ((SELECT id FROM exercise WHERE slug = 'wall-angel'), 'es', 'CAUTION', 0, 'Si tienes un problema de hombro, muévete solo dentro de un recorrido sin dolor.'),
    ((SELECT id FROM exercise WHERE slug = 'wall-angel'), 'es', 'CAUTION', 1, 'Si notas hormigueo o se te duermen las manos, baja los brazos y descansa. Detente si el dolor aumenta.');

-- Standing hip flexor stretch
INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit, easier_variation, harder_variation)
VALUES ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 'es', 'Estiramiento de flexores de cadera de pie', 'Silla o encimera para apoyarte',
        'Estira la parte delantera de la cadera sin arrodillarte y alivia la rigidez que dejan muchas horas en una silla, para que la zona lumbar tenga que moverse menos.',
        'Separa menos los pies y solo mete la pelvis hacia dentro, sin llevar las caderas hacia delante.',
        'Sube por encima de la cabeza el brazo del lado de la pierna de atrás y estíralo suavemente hacia arriba, con las costillas abajo.');
INSERT INTO exercise_text_line (exercise_id, lang, section, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 'es', 'STEP', 0, 'Ponte de pie de lado junto a una silla o una encimera y apoya una mano en ella para mantener el equilibrio.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 'es', 'STEP', 1, 'Lleva un pie hacia atrás, con los pies separados en zancada: pierna de atrás estirada con el talón levantado, rodilla de delante doblada.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 'es', 'STEP', 2, 'Crece hacia arriba, activa suavemente el abdomen y mete el coxis hacia dentro.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 'es', 'STEP', 3, 'Aprieta el glúteo de la pierna de atrás y lleva las caderas un poco hacia delante hasta notar un estiramiento en la parte delantera de esa cadera.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 'es', 'STEP', 4, 'Aguanta respirando con calma y luego junta los pies.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 'es', 'STEP', 5, 'Repite con la otra pierna atrás.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 'es', 'CUE', 0, 'Primero mete el coxis hacia dentro'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 'es', 'CUE', 1, 'Aprieta el glúteo de la pierna de atrás'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 'es', 'CUE', 2, 'Crece hacia arriba; no arquees la zona lumbar'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 'es', 'MISTAKE', 0, 'Arquear la zona lumbar en lugar de meter la pelvis hacia dentro.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 'es', 'MISTAKE', 1, 'Inclinar el tronco hacia delante.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 'es', 'MISTAKE', 2, 'Dejar que la rodilla de delante pase bastante más allá de los dedos del pie.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 'es', 'CAUTION', 0, 'Si te han puesto una prótesis de cadera, consulta antes a tu cirujano o fisioterapeuta, porque algunas operaciones limitan cuánto puede estirarse la cadera hacia atrás.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 'es', 'CAUTION', 1, 'Detente si te aumenta el dolor de espalda o si el dolor baja por una pierna.');

-- Standing back bend
INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit, easier_variation, harder_variation)
VALUES ((SELECT id FROM exercise WHERE slug = 'standing-back-bend'), 'es', 'Extensión de espalda de pie', 'Sin material',
        'Arquea suavemente la zona lumbar hacia atrás después de pasar rato en una silla o inclinándote hacia delante: un reajuste rápido que puedes hacer casi en cualquier sitio.',
        'Inclínate menos hacia atrás, solo unos pocos grados, con los pies algo más separados para tener equilibrio.',
        'Si puedes bajar al suelo y volver a levantarte con comodidad, pasa a la extensión boca abajo.');
INSERT INTO exercise_text_line (exercise_id, lang, section, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'standing-back-bend'), 'es', 'STEP', 0, 'Ponte de pie con los pies separados al ancho de las caderas y apoya las manos en la parte baja de la espalda, con los dedos hacia abajo.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-back-bend'), 'es', 'STEP', 1, 'Activa suavemente el abdomen y mantén las rodillas estiradas pero sin bloquearlas.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-back-bend'), 'es', 'STEP', 2, 'Inclínate despacio hacia atrás desde la cintura, sosteniendo la espalda con las manos, hasta donde te resulte cómodo.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-back-bend'), 'es', 'STEP', 3, 'Sigue mirando al frente, no hacia arriba, y aguanta un momento.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-back-bend'), 'es', 'STEP', 4, 'Vuelve despacio a la posición de pie.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-back-bend'), 'es', 'CUE', 0, 'Las manos sostienen la parte baja de la espalda'),
    ((SELECT id FROM exercise WHERE slug = 'standing-back-bend'), 'es', 'CUE', 1, 'Mirada al frente, no al techo'),
    ((SELECT id FROM exercise WHERE slug = 'standing-back-bend'), 'es', 'CUE', 2, 'Échate atrás solo hasta donde te resulte cómodo'),
    ((SELECT id FROM exercise WHERE slug = 'standing-back-bend'), 'es', 'MISTAKE', 0, 'Echar la cabeza hacia atrás para mirar al techo.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-back-bend'), 'es', 'MISTAKE', 1, 'Doblar las rodillas y llevar las caderas muy hacia delante.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-back-bend'), 'es', 'MISTAKE', 2, 'Moverte rápido o dar rebotes al final.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-back-bend'), 'es', 'CAUTION', 0, 'No lo hagas si arquear la espalda hacia atrás, estar de pie o caminar te aumenta el dolor.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-back-bend'), 'es', 'CAUTION', 1, 'Si te mareas o notas inestabilidad, inclínate menos y ponte cerca de una pared.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-back-bend'), 'es', 'CAUTION', 2, 'Detente si notas hormigueo, o si el dolor aumenta o baja por una pierna.');

-- Seated pelvic tilt
INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit, easier_variation, harder_variation)
VALUES ((SELECT id FROM exercise WHERE slug = 'seated-pelvic-tilt'), 'es', 'Basculación pélvica en silla', 'Silla',
        'Mueve suavemente la zona lumbar mientras estás en la silla y te ayuda a encontrar una postura sentada cómoda y erguida.',
        'Haz el movimiento más pequeño, balanceándote solo un poco en cada dirección.',
        'Siéntate sin apoyarte en el respaldo y termina cada repetición con una pausa en la posición erguida del centro, con el abdomen suavemente activado.');
INSERT INTO exercise_text_line (exercise_id, lang, section, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'seated-pelvic-tilt'), 'es', 'STEP', 0, 'Siéntate hacia el borde de una silla firme, con los pies apoyados y separados al ancho de las caderas, y las manos sobre los muslos.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-pelvic-tilt'), 'es', 'STEP', 1, 'Lleva la pelvis hacia atrás para que la zona lumbar se redondee un poco y te hundas ligeramente.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-pelvic-tilt'), 'es', 'STEP', 2, 'Después lleva la pelvis hacia delante para sentarte con la espalda bien erguida y una curva suave en la zona lumbar.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-pelvic-tilt'), 'es', 'STEP', 3, 'Mantén quietos los hombros y la cabeza, y deja que el movimiento salga de la pelvis.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-pelvic-tilt'), 'es', 'STEP', 4, 'Balancéate despacio entre las dos posiciones, con una breve pausa en cada extremo, y termina con la espalda bien erguida.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-pelvic-tilt'), 'es', 'CUE', 0, 'Mueve la pelvis; hombros quietos'),
    ((SELECT id FROM exercise WHERE slug = 'seated-pelvic-tilt'), 'es', 'CUE', 1, 'Balanceos pequeños y suaves'),
    ((SELECT id FROM exercise WHERE slug = 'seated-pelvic-tilt'), 'es', 'CUE', 2, 'Termina con la espalda erguida'),
    ((SELECT id FROM exercise WHERE slug = 'seated-pelvic-tilt'), 'es', 'MISTAKE', 0, 'Mover los hombros y la cabeza en lugar de la pelvis.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-pelvic-tilt'), 'es', 'MISTAKE', 1, 'Forzar hasta notar tensión en cualquiera de los dos extremos.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-pelvic-tilt'), 'es', 'MISTAKE', 2, 'Balancearte con prisa.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-pelvic-tilt'), 'es', 'CAUTION', 0, 'Si inclinarte hacia delante o estar sentado te aumenta el dolor, hunde la espalda muy poco o sáltate esa parte.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-pelvic-tilt'), 'es', 'CAUTION', 1, 'No lo hagas si tienes osteoporosis, porque incluye hundir la espalda hacia delante.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-pelvic-tilt'), 'es', 'CAUTION', 2, 'Detente si el dolor aumenta o baja por una pierna.');

-- Seated abdominal brace
INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit, easier_variation, harder_variation)
VALUES ((SELECT id FROM exercise WHERE slug = 'seated-brace'), 'es', 'Activación abdominal en silla', 'Silla',
        'Practica cómo tensar con suavidad los músculos que rodean el tronco, una habilidad sencilla que ayuda a sostener la espalda cuando levantas algo, te agachas o te pones de pie.',
        'Haz menos fuerza, más o menos una cuarta parte de la máxima, y aguanta poco tiempo.',
        'Mantén la activación mientras despegas un pie un poco del suelo, y luego el otro, o mientras te levantas de la silla.');
INSERT INTO exercise_text_line (exercise_id, lang, section, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'seated-brace'), 'es', 'STEP', 0, 'Siéntate en una silla firme con la espalda erguida, los pies apoyados y las manos sobre el abdomen.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-brace'), 'es', 'STEP', 1, 'Toma y suelta el aire con normalidad.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-brace'), 'es', 'STEP', 2, 'Tensa suavemente los músculos que rodean la cintura, como si alguien fuera a darte un toque en el abdomen, sin meter ni sacar el abdomen.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-brace'), 'es', 'STEP', 3, 'Mantén esa tensión sin dejar de respirar; deberías poder seguir hablando.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-brace'), 'es', 'STEP', 4, 'Relaja del todo y repite.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-brace'), 'es', 'CUE', 0, 'Tensa la cintura como si fueran a darte un toque'),
    ((SELECT id FROM exercise WHERE slug = 'seated-brace'), 'es', 'CUE', 1, 'Sigue respirando con normalidad'),
    ((SELECT id FROM exercise WHERE slug = 'seated-brace'), 'es', 'CUE', 2, 'Poca fuerza, no al máximo'),
    ((SELECT id FROM exercise WHERE slug = 'seated-brace'), 'es', 'MISTAKE', 0, 'Aguantar la respiración mientras tensas.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-brace'), 'es', 'MISTAKE', 1, 'Meter el abdomen con fuerza o sacarlo en lugar de tensarlo.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-brace'), 'es', 'MISTAKE', 2, 'Encorvarte o tensar los hombros.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-brace'), 'es', 'CAUTION', 0, 'Si tienes hipertensión, sigue respirando todo el tiempo y haz poca fuerza.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-brace'), 'es', 'CAUTION', 1, 'Si te han operado del abdomen hace poco, consulta a tu cirujano o fisioterapeuta antes de empezar. Detente si el dolor aumenta.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-brace'), 'es', 'CAUTION', 2, 'Si estás embarazada, consulta a tu matrona o a quien lleve tu embarazo antes de empezar, y haz poca fuerza.');

-- Sit-to-stand
INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit, easier_variation, harder_variation)
VALUES ((SELECT id FROM exercise WHERE slug = 'sit-to-stand'), 'es', 'Sentarse y levantarse', 'Silla firme',
        'Fortalece las piernas y los glúteos con un movimiento que haces todos los días, y te enseña a doblarte desde la cadera manteniendo la espalda recta.',
        'Usa una silla más alta, o ayúdate empujando con las manos en los reposabrazos o en los muslos.',
        'Usa una silla más baja y tarda de 4 a 5 segundos en sentarte, o quédate un momento justo por encima del asiento antes de sentarte.');
INSERT INTO exercise_text_line (exercise_id, lang, section, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'sit-to-stand'), 'es', 'STEP', 0, 'Siéntate hacia el borde de una silla firme apoyada contra la pared, con los pies apoyados, separados al ancho de las caderas y un poco por detrás de las rodillas.'),
    ((SELECT id FROM exercise WHERE slug = 'sit-to-stand'), 'es', 'STEP', 1, 'Cruza los brazos sobre el pecho o estíralos hacia delante.'),
    ((SELECT id FROM exercise WHERE slug = 'sit-to-stand'), 'es', 'STEP', 2, 'Activa suavemente el abdomen, inclínate hacia delante desde la cadera con la espalda recta y empuja con los pies para ponerte de pie.'),
    ((SELECT id FROM exercise WHERE slug = 'sit-to-stand'), 'es', 'STEP', 3, 'Ponte de pie del todo y aprieta los glúteos arriba.'),
    ((SELECT id FROM exercise WHERE slug = 'sit-to-stand'), 'es', 'STEP', 4, 'Dobla las caderas y las rodillas para volver a sentarte despacio en la silla.'),
    ((SELECT id FROM exercise WHERE slug = 'sit-to-stand'), 'es', 'CUE', 0, 'Inclínate desde la cadera, espalda recta'),
    ((SELECT id FROM exercise WHERE slug = 'sit-to-stand'), 'es', 'CUE', 1, 'Empuja con todo el pie'),
    ((SELECT id FROM exercise WHERE slug = 'sit-to-stand'), 'es', 'CUE', 2, 'Siéntate despacio, con control'),
    ((SELECT id FROM exercise WHERE slug = 'sit-to-stand'), 'es', 'MISTAKE', 0, 'Redondear la espalda al inclinarte hacia delante.'),
    ((SELECT id FROM exercise WHERE slug = 'sit-to-stand'), 'es', 'MISTAKE', 1, 'Dejar que las rodillas se vayan hacia dentro.'),
    ((SELECT id FROM exercise WHERE slug = 'sit-to-stand'), 'es', 'MISTAKE', 2, 'Dejarte caer en la silla en lugar de bajar despacio.'),
    ((SELECT id FROM exercise WHERE slug = 'sit-to-stand'), 'es', 'MISTAKE', 3, 'Tomar mucho impulso para levantarte.'),
    ((SELECT id FROM exercise WHERE slug = 'sit-to-stand'), 'es', 'CAUTION', 0, 'Si te han puesto una prótesis de cadera, usa una silla más alta para que las caderas no se doblen más de 90 grados, y sigue las indicaciones de tu fisioterapeuta.'),
    ((SELECT id FROM exercise WHERE slug = 'sit-to-stand'), 'es', 'CAUTION', 1, 'Si te duelen las rodillas, usa una silla más alta y ayúdate con las manos.'),
    ((SELECT id FROM exercise WHERE slug = 'sit-to-stand'), 'es', 'CAUTION', 2, 'Detente si el dolor aumenta o baja por una pierna.');

-- Shoulder blade squeeze
INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit, easier_variation, harder_variation)
VALUES ((SELECT id FROM exercise WHERE slug = 'shoulder-blade-squeeze'), 'es', 'Juntar los omóplatos', 'Silla',
        'Fortalece los músculos que hay entre los omóplatos, que te ayudan a sentarte y estar de pie con la espalda erguida y alivian la carga de una espalda alta encorvada.',
        'Aprieta con menos fuerza y durante menos tiempo, con la espalda apoyada en la silla.',
        'Sujeta una banda elástica suave con las dos manos por delante del cuerpo y sepárala mientras juntas los omóplatos.');
INSERT INTO exercise_text_line (exercise_id, lang, section, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'shoulder-blade-squeeze'), 'es', 'STEP', 0, 'Siéntate en una silla con la espalda erguida, los pies apoyados y los brazos a los lados, con los codos doblados.'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-blade-squeeze'), 'es', 'STEP', 1, 'Mantén el mentón nivelado y los hombros relajados, lejos de las orejas.'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-blade-squeeze'), 'es', 'STEP', 2, 'Lleva suavemente los omóplatos hacia atrás y hacia abajo, acercándolos entre sí, y deja que los codos vayan hacia atrás.'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-blade-squeeze'), 'es', 'STEP', 3, 'Aguanta, respirando con normalidad.'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-blade-squeeze'), 'es', 'STEP', 4, 'Relaja y deja que los omóplatos vuelvan a su sitio.'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-blade-squeeze'), 'es', 'CUE', 0, 'Omóplatos hacia atrás y hacia abajo'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-blade-squeeze'), 'es', 'CUE', 1, 'Hombros lejos de las orejas'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-blade-squeeze'), 'es', 'CUE', 2, 'Mentón nivelado, costillas abajo'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-blade-squeeze'), 'es', 'MISTAKE', 0, 'Subir los hombros hacia las orejas.'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-blade-squeeze'), 'es', 'MISTAKE', 1, 'Arquear la zona lumbar y sacar pecho.'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-blade-squeeze'), 'es', 'MISTAKE', 2, 'Adelantar el mentón.'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-blade-squeeze'), 'es', 'CAUTION', 0, 'Si tienes un problema de hombro, aprieta con suavidad y dentro de un recorrido sin dolor.'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-blade-squeeze'), 'es', 'CAUTION', 1, 'Detente si el dolor aumenta o notas hormigueo en los brazos.');

-- Marching on the spot
INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit, easier_variation, harder_variation)
VALUES ((SELECT id FROM exercise WHERE slug = 'marching-on-the-spot'), 'es', 'Marcha en el sitio', 'Sin material (si quieres, el respaldo de una silla para sujetarte)',
        'Un movimiento ligero y sencillo que calienta las piernas, las caderas y la espalda y activa la circulación antes de estirar.',
        'Sujétate al respaldo de una silla y levanta solo los talones en lugar de todo el pie, o haz la marcha en una silla.',
        'Balancea los brazos con cada paso y sube las rodillas un poco más, sin pasar nunca de la altura de las caderas.');
INSERT INTO exercise_text_line (exercise_id, lang, section, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'marching-on-the-spot'), 'es', 'STEP', 0, 'Ponte de pie con la espalda erguida y los pies separados al ancho de las caderas, junto a una silla o una pared si quieres algo en que apoyarte.'),
    ((SELECT id FROM exercise WHERE slug = 'marching-on-the-spot'), 'es', 'STEP', 1, 'Sube una rodilla hasta una altura cómoda y apoya ese pie con suavidad.'),
    ((SELECT id FROM exercise WHERE slug = 'marching-on-the-spot'), 'es', 'STEP', 2, 'Sube la otra rodilla de la misma manera, de modo que marches despacio sin moverte del sitio.'),
    ((SELECT id FROM exercise WHERE slug = 'marching-on-the-spot'), 'es', 'STEP', 3, 'Deja que los brazos se balanceen con suavidad y sigue respirando con calma.'),
    ((SELECT id FROM exercise WHERE slug = 'marching-on-the-spot'), 'es', 'STEP', 4, 'Mantén un ritmo suave y constante hasta que se acabe el tiempo, y luego quédate de pie, sin moverte, un momento.'),
    ((SELECT id FROM exercise WHERE slug = 'marching-on-the-spot'), 'es', 'CUE', 0, 'Espalda erguida; ritmo suave y constante'),
    ((SELECT id FROM exercise WHERE slug = 'marching-on-the-spot'), 'es', 'CUE', 1, 'Rodillas no más altas que las caderas'),
    ((SELECT id FROM exercise WHERE slug = 'marching-on-the-spot'), 'es', 'CUE', 2, 'Apoya los pies con suavidad y sigue respirando'),
    ((SELECT id FROM exercise WHERE slug = 'marching-on-the-spot'), 'es', 'MISTAKE', 0, 'Echarte hacia atrás o encorvarte hacia delante al subir la rodilla.'),
    ((SELECT id FROM exercise WHERE slug = 'marching-on-the-spot'), 'es', 'MISTAKE', 1, 'Dar pisotones en lugar de apoyar los pies.'),
    ((SELECT id FROM exercise WHERE slug = 'marching-on-the-spot'), 'es', 'MISTAKE', 2, 'Ir tan rápido que se convierte en un entrenamiento: esto solo sirve para calentar.'),
    ((SELECT id FROM exercise WHERE slug = 'marching-on-the-spot'), 'es', 'CAUTION', 0, 'Si no tienes buen equilibrio, o si estás embarazada, sujétate al respaldo de una silla firme.'),
    ((SELECT id FROM exercise WHERE slug = 'marching-on-the-spot'), 'es', 'CAUTION', 1, 'Si te han puesto una prótesis de cadera, sube la rodilla solo un poco y nunca por encima de la cadera.'),
    ((SELECT id FROM exercise WHERE slug = 'marching-on-the-spot'), 'es', 'CAUTION', 2, 'Detente si el dolor aumenta o baja por una pierna.');

-- Shoulder rolls
INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit, easier_variation, harder_variation)
VALUES ((SELECT id FROM exercise WHERE slug = 'shoulder-rolls'), 'es', 'Círculos de hombros', 'Sin material',
        'Suelta los músculos entre el cuello y los hombros y despierta la parte alta de la espalda antes del resto de la rutina.',
        'Hazlos en una silla, con círculos más pequeños.',
        'Haz círculos más grandes y más lentos, juntando suavemente los omóplatos cuando van hacia atrás y hacia abajo.');
INSERT INTO exercise_text_line (exercise_id, lang, section, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'shoulder-rolls'), 'es', 'STEP', 0, 'Ponte de pie con la espalda erguida y los brazos colgando sueltos a los lados.'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-rolls'), 'es', 'STEP', 1, 'Sube los dos hombros hacia las orejas.'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-rolls'), 'es', 'STEP', 2, 'Llévalos hacia atrás, acercando suavemente los omóplatos.'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-rolls'), 'es', 'STEP', 3, 'Déjalos bajar y luego llévalos hacia delante para cerrar el círculo.'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-rolls'), 'es', 'STEP', 4, 'Sigue haciendo círculos despacio y con suavidad, respirando con calma.'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-rolls'), 'es', 'CUE', 0, 'Círculos lentos y suaves'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-rolls'), 'es', 'CUE', 1, 'Arriba, atrás, abajo'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-rolls'), 'es', 'CUE', 2, 'Cuello largo, mandíbula relajada'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-rolls'), 'es', 'MISTAKE', 0, 'Hacer los círculos con prisa o mover los hombros a tirones.'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-rolls'), 'es', 'MISTAKE', 1, 'Adelantar el mentón mientras se mueven los hombros.'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-rolls'), 'es', 'MISTAKE', 2, 'Arquear la zona lumbar cuando los hombros van hacia atrás.'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-rolls'), 'es', 'CAUTION', 0, 'Si te duele un hombro o tiene una lesión reciente, haz círculos pequeños y detente si duele.'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-rolls'), 'es', 'CAUTION', 1, 'Detente si notas dolor, hormigueo o adormecimiento que baja por un brazo.');

-- Slow breathing
INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit, easier_variation, harder_variation)
VALUES ((SELECT id FROM exercise WHERE slug = 'slow-breathing'), 'es', 'Respiración lenta', 'Una silla',
        'Un minuto de calma para que los músculos se asienten después del ejercicio, con respiraciones lentas que mueven con suavidad las costillas y el abdomen.',
        'Respira con normalidad, con los ojos cerrados y las manos descansando en el regazo.',
        'Haz que cada salida del aire dure un poco más que la entrada, y deja que los hombros bajen un poco más cada vez.');
INSERT INTO exercise_text_line (exercise_id, lang, section, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'slow-breathing'), 'es', 'STEP', 0, 'Siéntate cómodamente en una silla, con la espalda apoyada en el respaldo y los pies planos en el suelo.'),
    ((SELECT id FROM exercise WHERE slug = 'slow-breathing'), 'es', 'STEP', 1, 'Apoya una mano en el pecho y la otra en el abdomen.'),
    ((SELECT id FROM exercise WHERE slug = 'slow-breathing'), 'es', 'STEP', 2, 'Toma aire despacio por la nariz y nota cómo el abdomen sube bajo tu mano.'),
    ((SELECT id FROM exercise WHERE slug = 'slow-breathing'), 'es', 'STEP', 3, 'Suelta el aire despacio y un poco más largo, dejando que los hombros y el abdomen se aflojen.'),
    ((SELECT id FROM exercise WHERE slug = 'slow-breathing'), 'es', 'STEP', 4, 'Sigue a un ritmo tranquilo y luego quédate un momento en calma en la silla antes de levantarte.'),
    ((SELECT id FROM exercise WHERE slug = 'slow-breathing'), 'es', 'CUE', 0, 'Aire por la nariz, el abdomen sube'),
    ((SELECT id FROM exercise WHERE slug = 'slow-breathing'), 'es', 'CUE', 1, 'Suelta el aire despacio, más largo'),
    ((SELECT id FROM exercise WHERE slug = 'slow-breathing'), 'es', 'CUE', 2, 'Deja caer los hombros'),
    ((SELECT id FROM exercise WHERE slug = 'slow-breathing'), 'es', 'MISTAKE', 0, 'Forzar respiraciones muy profundas hasta marearte.'),
    ((SELECT id FROM exercise WHERE slug = 'slow-breathing'), 'es', 'MISTAKE', 1, 'Subir los hombros cada vez que tomas aire.'),
    ((SELECT id FROM exercise WHERE slug = 'slow-breathing'), 'es', 'MISTAKE', 2, 'Aguantar la respiración entre la entrada y la salida del aire.'),
    ((SELECT id FROM exercise WHERE slug = 'slow-breathing'), 'es', 'CAUTION', 0, 'Si notas que te mareas o sientes hormigueo, vuelve a respirar con normalidad.'),
    ((SELECT id FROM exercise WHERE slug = 'slow-breathing'), 'es', 'CAUTION', 1, 'Si estás embarazada, siéntate erguida y respira con suavidad; no aguantes la respiración.');

-- Plank on the knees
INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit, easier_variation, harder_variation)
VALUES ((SELECT id FROM exercise WHERE slug = 'knee-plank'), 'es', 'Plancha de rodillas', 'Colchoneta',
        'Entrena los músculos que rodean el tronco para mantener estable la columna, con las rodillas apoyadas para que la carga sea ligera.',
        'Apoya los antebrazos en la encimera de la cocina o en una pared y lleva los pies hacia atrás, con el cuerpo recto.',
        'Cuando las repeticiones de 10 segundos te resulten fáciles, despega las rodillas y haz la plancha completa sobre las puntas de los pies.');
INSERT INTO exercise_text_line (exercise_id, lang, section, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'knee-plank'), 'es', 'STEP', 0, 'Ponte boca abajo sobre la colchoneta y sube apoyándote en los antebrazos, con los codos justo debajo de los hombros.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-plank'), 'es', 'STEP', 1, 'Deja las rodillas dobladas y apoyadas en la colchoneta, con una toalla doblada debajo si quieres.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-plank'), 'es', 'STEP', 2, 'Activa el abdomen y los glúteos y sube las caderas hasta formar una línea recta de la cabeza a las rodillas.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-plank'), 'es', 'STEP', 3, 'Aguanta respirando con normalidad, con la mirada en el suelo justo delante de las manos.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-plank'), 'es', 'STEP', 4, 'Baja las caderas a la colchoneta y descansa un momento antes de la siguiente repetición.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-plank'), 'es', 'CUE', 0, 'Codos debajo de los hombros'),
    ((SELECT id FROM exercise WHERE slug = 'knee-plank'), 'es', 'CUE', 1, 'Línea recta de la cabeza a las rodillas'),
    ((SELECT id FROM exercise WHERE slug = 'knee-plank'), 'es', 'CUE', 2, 'Abdomen firme y sigue respirando'),
    ((SELECT id FROM exercise WHERE slug = 'knee-plank'), 'es', 'MISTAKE', 0, 'Dejar que las caderas se hundan y la zona lumbar se arquee; cuando pase, termina la repetición.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-plank'), 'es', 'MISTAKE', 1, 'Dejar los glúteos levantados, en pico.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-plank'), 'es', 'MISTAKE', 2, 'Aguantar la respiración o dejar colgar la cabeza.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-plank'), 'es', 'CAUTION', 0, 'Si estás embarazada, no hagas este ejercicio: carga mucho los músculos del abdomen.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-plank'), 'es', 'CAUTION', 1, 'Si te han puesto una prótesis de cadera, no lo hagas mientras te indiquen que no debes arrodillarte.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-plank'), 'es', 'CAUTION', 2, 'Si tienes hipertensión, sigue respirando todo el tiempo. Detente si te duele la zona lumbar o si el dolor baja por una pierna.');
