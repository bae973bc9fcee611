"""blind-v22 letters z046-z060 (written from scratch for this set from the labeling guide)."""
from common import *
from lib import logo_png


PER22 = ('2022-01-01', '2022-12-31')
PER23 = ('2023-01-01', '2023-12-31')


def z046():
    R = new('z046', 'answered', None, ['prevention', 'protection'], PER22,
            S('Ministerio de la Mujer y Poblaciones Vulnerables', 'MIMP', 'ministry'),
            'OFICIO N° D000287-2023-MIMP-YACHAY-DE', ['Solicitud N° 2023-0000741'], '2023-03-03',
            'oficio of a ministry programme, flag-strip letterhead with logo, roman-numeral date, city table with a count and its '
            'share in the same cell ("214 (11,6 %)"), a percent in the text',
            notes='The Yachay programme (children in street situations; recorded as the ministry) reports 2022: children attended, '
                  'those with risk indicators of trafficking or exploitation, and those referred to the UPE. Street outreach '
                  'that identifies risk is prevention; referral to protection units is protection.',
            font='Arial', size=10.5)
    flag_header(R, ['MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES', 'Programa Nacional Yachay', 'Dirección Ejecutiva'],
                logo=(logo_png('mimp', 'MIMP', 'square', (160, 20, 60)), 1.5))
    open22(R, 2023, date22('Lima', '2023-03-03', 'roman'), 'OFICIO N° D000287-2023-MIMP-YACHAY-DE',
           ['Señora', 'Karla Jiménez Olivos', 'Presente.-'], order='ref_right')
    kv(R, [('Asunto', ':  Niñas, niños y adolescentes en situación de calle con riesgo de trata - 2022'),
           ('Referencia', ':  Solicitud N° 2023-0000741')], tab=2.6, w2=13.4)
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia. Durante el año 2022, los educadores de calle del '
             'Programa Nacional Yachay atendieron a niñas, niños y adolescentes en situación de calle en las siguientes ciudades:'])
    data = [('Lima Metropolitana', 1842, 214, 61), ('Callao', 396, 38, 12), ('Arequipa', 287, 31, 9), ('Cusco', 341, 47, 15),
            ('Trujillo', 254, 22, 6), ('Iquitos', 318, 41, 14), ('Pucallpa', 176, 19, 7), ('Juliaca', 203, 29, 10)]
    T = [sum(d[k] for d in data) for k in (1, 2, 3)]
    rows = []
    for c, a, b, u in data:
        rows.append([c, Cn(a, 'niño', y=2022), CP(b, 'niño', round(b / a * 100, 1), y=2022), Cn(u, 'niño', y=2022)])
    rows.append(['Total', Cn(T[0], 'niño', y=2022), CP(T[1], 'niño', round(T[1] / T[0] * 100, 1), y=2022), Cn(T[2], 'niño', y=2022)])
    R.table([['Ciudad', 'NNA atendidos', 'NNA con indicadores de riesgo de trata o explotación (% de los atendidos)',
              'Derivados a UPE']], rows, widths=(4.2, 3.0, 5.6, 3.0), size=9.5, bold_rows=(len(rows) - 1,), head_shade='F4CCCC')
    body(R, ['Del total de casos derivados a las Unidades de Protección Especial, el ' + Pf(72.7, 1, 'eu', suf='%', y=2022) +
             ' correspondió a adolescentes mujeres.'])
    R.p('Atentamente,', before=4)
    efirma_line(R, 'ABOG. LILIANA MARISOL CÁRDENAS DÍAZ', 'Directora Ejecutiva', '03/03/2023 16:40:57', system='SGD-MIMP',
                inst='Programa Nacional Yachay')
    R.save()


def z047():
    R = new('z047', 'answered', None, ['prevention', 'prosecution'], PER22,
            S('Municipalidad Distrital de La Victoria', 'MDLV', 'district_municipality'),
            'OFICIO N° 0412-2023-GSC-GDS/MDLV', ['Expediente N° 7741-2023'], '2023-04-20',
            'oficio, acronym letterhead, date with capitalised month, two small tables side by side (inspection | prevention)',
            notes='Municipal inspections of hostels and bars, closures and fines (prosecution: inspections) and prevention talks '
                  'and campaigns (prevention) in 2022, in two tables set side by side. Fines have no role.',
            font='Arial', size=10.5)
    acronym_header(R, 'MLV', ['Municipalidad Distrital de La Victoria', 'Gerencia de Seguridad Ciudadana',
                              'Gerencia de Desarrollo Social'], color=(0, 70, 140))
    open22(R, 2023, date22('La Victoria', '2023-04-20', 'cap'), 'OFICIO N° 0412-2023-GSC-GDS/MDLV',
           ['Señor', 'Nicolás Barrenechea Tapia', 'Presente.-'], order='to_first')
    kv(R, [('Asunto:', 'Acciones contra la trata de personas - 2022'), ('Referencia:', 'Expediente N° 7741-2023')], tab=2.6, w2=13.4)
    body(R, ['Nos dirigimos a usted en atención al expediente de la referencia, para informarle de las acciones realizadas en '
             'el año 2022 por la Gerencia de Seguridad Ciudadana (fiscalización conjunta con la Policía Nacional y el Ministerio '
             'Público) y por la Gerencia de Desarrollo Social (prevención):'])
    left, right = side_by_side(R, widths=(8.0, 8.0), gap=0.4)
    with R.inside(left):
        R.table([['Fiscalización 2022', 'N°']],
                [['Operativos en hostales', Cn(38, 'operativo', y=2022)], ['Operativos en bares', Cn(24, 'operativo', y=2022)],
                 ['Locales clausurados', Cn(17, 'local', y=2022)], ['Multas (S/)', Mf(186400, 'us', y=2022)]],
                widths=(5.2, 2.4), size=9, head_shade='DDEBF7')
    with R.inside(right):
        R.table([['Prevención 2022', 'N°']],
                [['Charlas en colegios', Cn(21, 'charla', y=2022)], ['Asistentes', Cn(1730, 'asistente', y=2022)],
                 ['Campañas en Gamarra', Cn(4, 'campaña', y=2022)], ['Volantes entregados', Cn(9500, 'volante', y=2022)]],
                widths=(5.2, 2.4), size=9, head_shade='E2EFDA')
    body(R, ['En los operativos se identificó a ' + Czw(13, 'víctima', fem=True, y=2022) + ' presuntas víctimas, puestas a '
             'disposición del Ministerio Público.'])
    R.p('Atentamente,', before=4)
    t = R.doc.add_table(rows=1, cols=2)
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    for c, (n, pst) in zip(t.rows[0].cells, [('CRNL. (R) PNP JUAN PABLO OSORIO VEGA', 'Gerente de Seguridad Ciudadana'),
                                              ('Lic. MARLENE ROXANA CHUQUILLANQUI ORÉ', 'Gerente de Desarrollo Social')]):
        q = c.paragraphs[0]
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        q.add_run('\n\n' + '_' * 28 + '\n')
        rr = q.add_run(n + '\n'); rr.bold = True
        q.add_run(pst)
    R.p('', after=2, size=4)
    R.save()


def z048():
    R = new('z048', 'missing', 'off_topic', [], PER22,
            S('Autoridad Nacional del Agua', 'ANA', 'other'),
            'OFICIO N° 0845-2023-ANA-AAA.MDD', ['CUT N° 114587-2023'], '2023-06-07',
            'oficio about water-use rights, unrelated to trafficking: GOB-style header, two-digit-year date, licence table, '
            'fees with the currency word before the number',
            notes='Off topic: the water authority answers with water-use licences and fees in the Madre de Dios basin in 2022, '
                  'nothing about trafficking in persons. Fees have no role.',
            font='Arial', size=10.5)
    gob_header(R, ['Ministerio de Desarrollo\nAgrario y Riego', 'Autoridad Nacional\ndel Agua', 'Autoridad Administrativa\ndel Agua Madre de Dios'])
    open22(R, 2023, date22('Puerto Maldonado', '2023-06-07', 'yy'), 'OFICIO N° 0845-2023-ANA-AAA.MDD',
           ['Señor', 'Gustavo Alarcón Peña', 'Presente.-'], order='ref_right')
    kv(R, [('Asunto', ':  Remite información solicitada'), ('Referencia', ':  CUT N° 114587-2023')], tab=2.6, w2=13.4)
    body(R, ['Me dirijo a usted en atención al documento de la referencia, para remitir la información de los derechos de uso de '
             'agua otorgados en el ámbito de esta Autoridad Administrativa durante el año 2022:'])
    rows = [['Licencias de uso de agua superficial', Cn(46, 'licencia', y=2022)],
            ['Licencias de uso de agua subterránea', Cn(19, 'licencia', y=2022)],
            ['Permisos de uso en épocas de superávit hídrico', Cn(8, 'permiso', y=2022)],
            ['Autorizaciones de ejecución de obras', Cn(23, 'autorización', y=2022)],
            ['Procedimientos sancionadores iniciados', Cn(31, 'procedimiento', y=2022)]]
    R.table([['Derecho o procedimiento', 'Cantidad 2022']], rows, widths=(10.6, 3.2), size=10, head_shade='DEEAF6')
    body(R, ['La recaudación por retribución económica por el uso del agua en el mismo año ascendió a ' +
             Mlead(312480.5, y=2022) + '.'])
    R.p('Atentamente,', before=4)
    sigline(R, 'Ing. DANIEL ALBERTO HUAMÁN CÁCERES', 'Director de la Autoridad Administrativa del Agua Madre de Dios', align='c')
    R.save()


def z049():
    R = new('z049', 'out_of_period', None, ['prosecution'], PER23,
            S('Corte Superior de Justicia de Madre de Dios', 'CSJMD', 'autonomous'),
            'OFICIO N° 000318-2023-P-CSJMD-PJ', ['Resolución Administrativa N° 000214-2023-P-CSJMD-PJ', 'Solicitud N° 0241-2023'],
            '2023-11-21',
            'oficio, coloured band letterhead, date in capitals, court table of an earlier year, typed post-signature box',
            notes='Asked for 2023. The court moved to the electronic judicial file in 2023 (cited resolution) and its statistics '
                  'module gives no reports yet, so the court sends 2022: out_of_period.',
            font='Arial', size=10.5)
    band_header(R, ['PODER JUDICIAL DEL PERÚ', 'Corte Superior de Justicia de Madre de Dios - Presidencia'], fill='7F1D1D')
    open22(R, 2023, date22('Puerto Maldonado', '2023-11-21', 'upper'), 'OFICIO N° 000318-2023-P-CSJMD-PJ',
           ['Señor', 'Luis Fernando Cusi Apaza', 'Presente.-'], order='to_first')
    kv(R, [('Asunto', ':  Información estadística de procesos por trata de personas'), ('Referencia', ':  Solicitud N° 0241-2023')],
       tab=2.6, w2=13.4)
    body(R, [
        'Me dirijo a usted en atención a la solicitud de la referencia, por la que requiere el número de procesos por el delito de '
        'trata de personas tramitados en el año 2023 en este Distrito Judicial.',
        'Al respecto, se le informa que, mediante la Resolución Administrativa N° 000214-2023-P-CSJMD-PJ, desde el mes de mayo '
        'de 2023 los órganos jurisdiccionales penales tramitan sus procesos en el Expediente Judicial Electrónico, cuyo módulo '
        'estadístico aún no emite reportes consolidados. Por tal razón, se remite la información del año 2022:',
    ])
    data = [('Juzgado Penal Colegiado de Tambopata', [14, 5, 2]), ('Juzgado Penal Unipersonal de Tambopata', [6, 2, 1]),
            ('Juzgado Penal Unipersonal de Mazuko', [9, 3, 1]), ('Juzgado Mixto de Tahuamanu', [3, 1, 0])]
    ctab(R, [['Órgano jurisdiccional', 'Procesos ingresados', 'Sentencias condenatorias', 'Sentencias absolutorias']], data,
         ['proceso', 'sentencia', 'sentencia'], year=2022, widths=(7.2, 2.8, 3.0, 3.0), size=9.5, total='Total 2022',
         head_shade='E7E6E6')
    R.p('Atentamente,', before=4)
    posfirma(R, 'Dr. Hernán Augusto Layme Yépez', 'Presidente', 'Corte Superior de Justicia de Madre de Dios')
    R.save()


def z050():
    R = new('z050', 'out_of_period', None, ['governance', 'prevention'], PER23,
            S('Gobierno Regional de Moquegua', 'GRM', 'regional_government'),
            'OFICIO N° 0098-2024-GRM/GRDS', ['Solicitud N° 0021-2024'], '2024-02-12',
            'oficio whose letterhead is a picture (its words are not in the text layer), month-first date, work-plan table for a '
            'later year with "soles" after each amount in its cell, round seal beside the signature',
            notes='Asked for 2023. The 2023 annual report of the regional commission is still being drafted and will be presented '
                  'in March 2024, so the office sends only the 2024 work plan and its programmed budget: out_of_period (plans '
                  'only). Programmed amounts are allocated, year 2024. The letterhead is an image; the sender is named in the signature block.',
            font='Arial', size=10.5)
    R.header_image(['GOBIERNO REGIONAL DE MOQUEGUA', 'Gerencia Regional de Desarrollo Social'], 'grm', color=(20, 100, 60))
    open22(R, 2024, date22('Moquegua', '2024-02-12', 'month_first'), 'OFICIO N° 0098-2024-GRM/GRDS',
           ['Señora', 'Yolanda Mamani Condori', 'Presente.-'], order='ref_right', motto_size=7.5)
    kv(R, [('Asunto', ':  Información sobre la Comisión Regional contra la Trata de Personas'),
           ('Referencia', ':  Solicitud N° 0021-2024')], tab=2.6, w2=13.4)
    body(R, [
        'Me dirijo a usted en atención a la solicitud de la referencia, mediante la cual requiere información sobre las acciones '
        'de la Comisión Regional contra la Trata de Personas de Moquegua durante el año 2023.',
        'Al respecto, la Secretaría Técnica de la Comisión informa que el informe anual de actividades 2023 se encuentra en '
        'elaboración y será puesto a consideración de la Comisión en su sesión ordinaria de marzo de 2024, luego de lo cual '
        'podrá ser difundido. Sin perjuicio de ello, se le alcanza el Plan de Trabajo aprobado para el año 2024:',
    ])
    acts = [('Sesiones ordinarias de la Comisión Regional', 'sesión', 4, 2400), ('Campañas de prevención en Ilo y Mariscal Nieto', 'campaña', 6, 18000),
            ('Talleres para docentes y tutores', 'taller', 5, 7500), ('Actualización del diagnóstico regional', 'informe', 1, 15000)]
    rows = [[a, Cn(m, w, y=2024), Mafter(p, st='us', dec=0, y=2024, r='a', u='cell')] for a, w, m, p in acts]
    rows.append(['Total', '', Mafter(sum(x[3] for x in acts), st='us', dec=0, y=2024, r='a', u='cell')])
    R.table([['Actividad programada', 'Meta 2024', 'Presupuesto programado 2024']], rows, widths=(8.8, 2.4, 4.0), size=10,
            bold_rows=(len(rows) - 1,), head_shade='E2EFDA')
    R.p('Atentamente,', before=4)
    sig_seal(R, 'Mg. ROXANA ELIZABETH VALDIVIA CHÁVEZ', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional de Moquegua',
             seal_png('grm', ['GOBIERNO', 'REGIONAL', 'MOQUEGUA'], color=(20, 100, 60)))
    R.save()


def z051():
    R = new('z051', 'answered', None, ['protection'], PER22,
            S('Ministerio de la Mujer y Poblaciones Vulnerables', 'MIMP', 'ministry'),
            'OFICIO N° 1842-2023-MIMP/DGNNA-DPE', ['Solicitud de Acceso N° 0458-2023', 'Nota N° 0187-2023-MIMP/DGNNA-DPE-UPE'],
            '2023-07-14',
            'oficio, flag-strip letterhead, roman-numeral date, a table of protection units broken by hand over two pages with '
            'no header repeated on the second',
            notes='Children and adolescents presumed victims of trafficking attended by each Special Protection Unit (UPE) in 2022, '
                  'by age group and sex. The table continues on page 2 without its header; the column names still apply. UPE '
                  'care is protection.',
            font='Arial', size=10.5)
    flag_header(R, ['MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES', 'Dirección General de Niñas, Niños y Adolescentes',
                    'Dirección de Protección Especial'])
    open22(R, 2023, date22('Lima', '2023-07-14', 'roman'), 'OFICIO N° 1842-2023-MIMP/DGNNA-DPE',
           ['Señor', 'Andrés Felipe Ramírez Cuba', 'Presente.-'], order='ref_right')
    kv(R, [('Asunto', ':  Niñas, niños y adolescentes presuntas víctimas de trata atendidos por las UPE - 2022'),
           ('Referencia', ':  Solicitud de Acceso N° 0458-2023')], tab=2.6, w2=13.4)
    data = [('UPE Lima Norte', 4, 2, 19, 3), ('UPE Lima Centro', 3, 1, 14, 2), ('UPE Lima Sur', 2, 1, 11, 1), ('UPE Lima Este', 3, 2, 13, 2),
            ('UPE Callao', 2, 0, 9, 1), ('UPE Amazonas', 0, 0, 2, 0), ('UPE Áncash', 1, 0, 4, 1), ('UPE Apurímac', 0, 1, 3, 0),
            ('UPE Arequipa', 2, 1, 8, 2), ('UPE Ayacucho', 1, 0, 5, 1), ('UPE Cajamarca', 1, 1, 4, 0), ('UPE Cusco', 3, 1, 16, 2),
            ('UPE Huancavelica', 0, 0, 2, 0), ('UPE Huánuco', 1, 0, 4, 1), ('UPE Ica', 1, 0, 3, 0), ('UPE Junín', 2, 1, 9, 1),
            ('UPE La Libertad', 2, 0, 7, 1), ('UPE Lambayeque', 1, 1, 5, 0), ('UPE Loreto', 4, 2, 21, 3), ('UPE Madre de Dios', 3, 1, 24, 4),
            ('UPE Moquegua', 0, 0, 1, 0), ('UPE Pasco', 0, 0, 2, 1), ('UPE Piura', 2, 1, 9, 1), ('UPE Puno', 2, 1, 12, 2),
            ('UPE San Martín', 1, 0, 6, 1), ('UPE Tacna', 1, 0, 5, 1), ('UPE Tumbes', 1, 1, 6, 0), ('UPE Ucayali', 2, 1, 10, 2)]
    T = [sum(d[k] for d in data) for k in (1, 2, 3, 4)]
    body(R, [
        'Me dirijo a usted en atención a la solicitud de la referencia. Conforme a lo informado por la Coordinación de las '
        'Unidades de Protección Especial mediante la Nota N° 0187-2023-MIMP/DGNNA-DPE-UPE, en el año 2022 las UPE atendieron a ' +
        C(fmt(sum(T), 'us', 0), sum(T), 'niño', y=2022) + ' niñas, niños y adolescentes en situación de desprotección familiar '
        'que fueron presuntas víctimas de trata de personas, con el siguiente detalle por unidad:',
    ])
    W_ = ['niña', 'niño', 'adolescente', 'adolescente']
    cols = ['Unidad de Protección Especial', 'Niñas (0-11 años)', 'Niños (0-11 años)', 'Adolescentes mujeres', 'Adolescentes hombres', 'Total']

    def mk(d):
        return [d[0]] + [Cn(x, W_[j], y=2022) for j, x in enumerate(d[1:])] + [Cn(sum(d[1:]), 'niño', y=2022)]
    rows1 = [mk(d) for d in data[:12]]
    rows2 = [mk(d) for d in data[12:]]
    rows2.append(['Total'] + [Cn(x, W_[j], y=2022) for j, x in enumerate(T)] + [Cn(sum(T), 'niño', y=2022)])
    cont_table(R, [cols], rows1, rows2, cols, 'Cuadro N° 1 (continuación)', caption='Cuadro N° 1. Presuntas víctimas atendidas por UPE, 2022',
               widths=(5.0, 2.2, 2.2, 2.4, 2.4, 1.8), size=9.5, head_shade='F2DCDB', bold_rows=())
    body(R, ['Las edades de los grupos corresponden a las consignadas en la ficha de evaluación de cada caso.',
             'Es todo cuanto informo a usted.'])
    R.p('Atentamente,', before=4)
    efirma_line(R, 'MARITZA ELENA QUISPE CORNEJO', 'Directora de Protección Especial', '14/07/2023 18:22:09', system='SGD-MIMP')
    R.save()


def z052():
    R = new('z052', 'answered', None, ['prevention'], PER22,
            S('Ministerio de Comercio Exterior y Turismo', 'MINCETUR', 'ministry'),
            'OFICIO N° 0214-2023-MINCETUR/VMT/DGPDT', ['Solicitud N° 0321-2023'], '2023-02-24',
            'oficio, GOB-style header, hyphen date, regions as columns and indicators as rows, an amount in digits then in words in '
            'brackets, PDF-style signature lines',
            notes='Prevention of sexual exploitation of children in travel and tourism in 2022: signatories of the code of conduct, '
                  'workshops and trained people by region, and the amount executed. The letter says the supervision of tourism '
                  'providers in the regions is the competence of the regional governments: still answered, with figures.',
            font='Arial', size=10)
    gob_header(R, ['Ministerio de Comercio\nExterior y Turismo', 'Viceministerio\nde Turismo', 'Dirección General de Políticas\nde Desarrollo Turístico'])
    open22(R, 2023, date22('San Isidro', '2023-02-24', 'hyphen'), 'OFICIO N° 0214-2023-MINCETUR/VMT/DGPDT',
           ['Señora', 'Patricia Cornejo Alva', 'Presente.-'], order='date_left')
    kv(R, [('Asunto', ':  Prevención de la ESNNA en el ámbito del turismo - 2022'), ('Referencia', ':  Solicitud N° 0321-2023')],
       tab=2.6, w2=13.4)
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, para informar sobre las acciones de prevención de '
             'la explotación sexual de niñas, niños y adolescentes en el ámbito del turismo desarrolladas en el año 2022:'])
    regs = ['Cusco', 'Loreto', 'Madre de Dios', 'Lima', 'Piura']
    ind = [('Prestadores que suscribieron el Código de Conducta', 'prestador', [64, 38, 27, 112, 21]),
           ('Talleres de capacitación', 'taller', [5, 3, 3, 7, 2]),
           ('Personas capacitadas', 'persona', [212, 118, 96, 347, 71])]
    rows = [[lab] + [Cn(v, w, y=2022) for v in vals] + [Cn(sum(vals), w, y=2022)] for lab, w, vals in ind]
    R.table([['Indicador'] + regs + ['Total']], rows, widths=(5.2, 1.7, 1.7, 1.9, 1.6, 1.6, 1.7), size=9, head_shade='DEEAF6')
    body(R, [
        'Para estas acciones se ejecutó ' + Mdw(145300, y=2022, r='e') + ' con recursos ordinarios.',
        'Cabe precisar que la supervisión y fiscalización de los prestadores de servicios turísticos en las regiones es '
        'competencia de los gobiernos regionales, a través de sus Direcciones Regionales de Comercio Exterior y Turismo, por lo '
        'que la información sobre dichas acciones debe ser solicitada a ellos.',
    ])
    R.p('Atentamente,', before=4)
    adobe_sign(R, 'LIC. EDUARDO MARTÍN SOTOMAYOR LEÓN', 'Director General de Políticas de Desarrollo Turístico', 'MINCETUR',
               "2023.02.24 11:36:05 -05'00'")
    R.save()


def z053():
    R = new('z053', 'answered', None, ['protection'], ('2022-01-01', '2023-12-31'),
            S('Gerencia Regional de Salud de Arequipa', 'GERESA Arequipa', 'regional_government'),
            'OFICIO N° 2871-2023-GRA/GRS/GR-OEI', ['Expediente N° 5574128', 'Informe N° 112-2023-GRA/GRS/GR-OEI-EST'], '2023-12-20',
            'oficio, address letterhead, date with capitalised month, cross-table of health networks by year and sex with a row '
            'total, a column total and a bottom row of shares of the grand total',
            notes='Presumed victims cared for by health network in 2022 and 2023, by sex. The bottom row gives each column\'s share '
                  'of the grand total (percents; the total column share has no year). Health care is protection.',
            font='Arial', size=10)
    address_header(R, ['GOBIERNO REGIONAL DE AREQUIPA', 'Gerencia Regional de Salud', 'Oficina de Estadística e Informática'],
                   ['Av. de la Salud s/n, Cercado', 'Arequipa', 'estadistica@saludarequipa.gob.pe'])
    open22(R, 2023, date22('Arequipa', '2023-12-20', 'cap'), 'OFICIO N° 2871-2023-GRA/GRS/GR-OEI',
           ['Señora', 'Verónica Lazo Corrales', 'Presente.-'], order='ref_right')
    kv(R, [('Asunto', ':  Atenciones a presuntas víctimas de trata de personas 2022-2023'),
           ('Referencia', ':  Expediente N° 5574128')], tab=2.6, w2=13.4)
    body(R, ['Me dirijo a usted en atención al expediente de la referencia. Con Informe N° 112-2023-GRA/GRS/GR-OEI-EST, el Área '
             'de Estadística consolidó las atenciones a presuntas víctimas de trata de personas registradas en los '
             'establecimientos de salud de la región (el año 2023 con corte al 30 de noviembre):'])
    head = [['Red de Salud', '2022', '', '2023', '', 'Total'], ['', 'Mujeres', 'Hombres', 'Mujeres', 'Hombres', '']]
    merges = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
    names = hnames(head, merges)
    Y = [2022, 2022, 2023, 2023]
    data = [('Arequipa-Caylloma', [38, 6, 44, 9]), ('Camaná-Caravelí', [17, 3, 21, 2]), ('Castilla-Condesuyos-La Unión', [9, 1, 12, 2]),
            ('Islay', [6, 0, 5, 1]), ('Hospitales regionales', [14, 2, 16, 3])]
    rows = []
    T = [0] * 4
    for lab, v in data:
        rows.append([lab] + [Cn(x, 'víctima', y=Y[j]) for j, x in enumerate(v)] + [Cn(sum(v), 'víctima')])
        T = [a + b for a, b in zip(T, v)]
    G = sum(T)
    rows.append(['Total'] + [Cn(x, 'víctima', y=Y[j]) for j, x in enumerate(T)] + [Cn(G, 'víctima')])
    rows.append(['% del total'] + [Psp(round(x / G * 100, 1), 1, 'eu', y=Y[j], u='cell') for j, x in enumerate(T)] +
                [Psp(100.0, 1, 'eu', u='cell')])
    R.table(head, rows, merges=merges, colnames=names, widths=(5.4, 2.0, 2.0, 2.0, 2.0, 2.0), size=9.5,
            bold_rows=(len(rows) - 2,), italic_rows=(len(rows) - 1,), head_shade='FFF2CC')
    R.p('Atentamente,', before=4)
    vb_sign(R, 'Ing. RAÚL ERNESTO MOSCOSO LLERENA', 'Jefe de la Oficina de Estadística e Informática', 'GERESA Arequipa',
            vbs=('Gerencia Regional',), before=20)
    R.save()


def z054():
    R = new('z054', 'out_of_period', None, ['governance', 'prevention', 'protection'], PER22,
            S('Gobierno Regional de Apurímac', 'GRAP', 'regional_government'),
            'OFICIO N° 0087-2024-GRAP/GRDS', ['Ordenanza Regional N° 021-2023-GR.APURÍMAC/CR', 'Solicitud de fecha 4 de enero de 2024'],
            '2024-01-22',
            'oficio, logo-right letterhead, abbreviated month date, the requested period restated, then a plan table with a shaded '
            'heading row per later year ("Año 2024", "Año 2025") over its activities',
            notes='The letter restates the request (information for 2022) and answers only with the programming of the new regional '
                  'plan for 2024 and 2025: out_of_period (plans only); it says the 2022 files of the former sub-office are being '
                  'transferred. Programmed amounts are allocated, with the year of the heading row above them.',
            font='Arial', size=10)
    logo_right_header(R, ['GOBIERNO REGIONAL DE APURÍMAC', 'Gerencia Regional de Desarrollo Social'],
                      (logo_png('grap', 'GRA', 'shield', (140, 20, 20)), 1.5), color='8C1414')
    open22(R, 2024, date22('Abancay', '2024-01-22', 'abbr_de'), 'OFICIO N° 0087-2024-GRAP/GRDS',
           ['Señor', 'Wilber Huamaní Oscco', 'Presente.-'], order='ref_right', motto_size=7.5)
    kv(R, [('Asunto', ':  Respuesta a solicitud de información'), ('Referencia', ':  Solicitud de fecha 4 de enero de 2024')],
       tab=2.6, w2=13.4)
    body(R, [
        'Me dirijo a usted en atención al documento de la referencia, en el cual solicita información correspondiente al '
        'periodo 2022 sobre las acciones del Gobierno Regional de Apurímac contra la trata de personas y el presupuesto '
        'destinado a ellas.',
        'Al respecto, los archivos de la ex Sub Gerencia de Promoción Social, responsable de dichas acciones en el año 2022, se '
        'encuentran en proceso de transferencia a esta Gerencia. Entre tanto, le informamos que mediante la Ordenanza Regional '
        'N° 021-2023-GR.APURÍMAC/CR se aprobó el Plan Regional contra la Trata de Personas 2024-2026, cuya programación para los '
        'dos primeros años es la siguiente:',
    ])
    plan = {2024: [('Instalación y sesiones de la Comisión Regional', 'sesión', 4, 3000.0),
                   ('Campañas de prevención en ferias y terminales', 'campaña', 8, 24500.0),
                   ('Capacitación a operadores de los servicios de atención', 'taller', 3, 9800.0),
                   ('Expediente técnico del Hogar de Refugio Temporal', 'expediente', 1, 85000.0)],
            2025: [('Sesiones ordinarias de la Comisión', 'sesión', 4, 3200.0),
                   ('Campañas en instituciones educativas de Andahuaylas y Abancay', 'campaña', 10, 31000.0),
                   ('Funcionamiento del Hogar de Refugio Temporal', 'hogar', 1, 140000.0)]}
    rows, groups = [], []
    for yr in (2024, 2025):
        groups.append(len(rows))
        rows.append(['Año %d' % yr, '', ''])
        for lab, w, m, p in plan[yr]:
            rows.append([lab, Cn(m, w, y=yr), Mf(p, 'eu', y=yr, r='a')])
    R.table([['Actividad programada', 'Meta', 'Presupuesto programado (S/)']], rows, widths=(9.6, 2.0, 4.0), size=9.5,
            groups=tuple(groups), head_shade='F2DCDB')
    body(R, ['Una vez concluida la transferencia de archivos, se le remitirá lo que corresponda al año 2022.'])
    R.p('Atentamente,', before=4)
    sigline(R, 'Lic. EDITH CONDORI HUAMANÑAHUI', 'Gerente Regional de Desarrollo Social', align='c')
    R.save()


def z055():
    R = new('z055', 'out_of_period', None, ['prosecution'], PER22,
            S('Región Policial Cusco', 'REGPOL Cusco', 'police'),
            'OFICIO N° 0718-2023-REGPOL-CUSCO/SEC-UNIEST', ['Anuario Estadístico Policial 2021', 'Solicitud S/N de fecha 3 de mayo de 2023'],
            '2023-05-25',
            'police oficio in a condensed serif face, right-aligned letterhead, two-digit-year date, a small table of two earlier years '
            'from a yearbook',
            notes='Asked for 2022. The 2022 police statistics may be released only when the yearbook is published, so the region '
                  'gives 2020 and 2021 from the published yearbook (cited): out_of_period.',
            font='DejaVu Serif Condensed', size=10.5)
    right_header(R, ['POLICÍA NACIONAL DEL PERÚ', 'Región Policial Cusco', 'Unidad de Estadística'])
    open22(R, 2023, date22('Cusco', '2023-05-25', 'yy'), 'OFICIO N° 0718-2023-REGPOL-CUSCO/SEC-UNIEST',
           ['Señora', 'Lizbeth Ccoa Huarca', 'Presente.-'], order='date_left')
    kv(R, [('ASUNTO', ':  Informa sobre lo solicitado.'), ('REF.', ':  Solicitud S/N de fecha 3 de mayo de 2023.')], tab=2.2, w2=13.8)
    body(R, [
        'Tengo el honor de dirigirme a Ud., en atención al documento de la referencia, mediante el cual solicita estadísticas '
        'de denuncias, operativos y detenidos por trata de personas en el ámbito de la Región Policial Cusco durante el año 2022.',
        'Al respecto, se le informa que las cifras del año 2022 se encuentran en proceso de consolidación para el Anuario '
        'Estadístico Policial de dicho año y solo pueden ser difundidas a partir de su publicación oficial. Se proporcionan las '
        'cifras publicadas en el Anuario Estadístico Policial 2021, correspondientes a los años 2020 y 2021:',
    ])
    rows = [['Denuncias por trata de personas', Cn(27, 'denuncia', y=2020), Cn(35, 'denuncia', y=2021)],
            ['Operativos ejecutados', Cn(12, 'operativo', y=2020), Cn(19, 'operativo', y=2021)],
            ['Presuntas víctimas rescatadas', Cn(41, 'víctima', y=2020), Cn(58, 'víctima', y=2021)],
            ['Personas detenidas', Cn(9, 'detenido', y=2020), Cn(16, 'detenido', y=2021)]]
    R.table([['Concepto', 'Año 2020', 'Año 2021']], rows, widths=(8.0, 2.8, 2.8), size=10.5, ruled='grid', head_shade='D9D9D9')
    R.p('Es todo cuanto informo a Ud.', before=4)
    R.p('Dios guarde a Ud.', after=4)
    sigline(R, 'OS-412758', 'ROBERTO CARLOS HUAMÁN QUISPE\nMAYOR PNP\nJEFE DE LA UNIDAD DE ESTADÍSTICA', align='c')
    R.save()


def z056():
    R = new('z056', 'answered', None, ['governance', 'prosecution'], PER22,
            S('Ministerio del Interior', 'MININTER', 'ministry'),
            'OFICIO N° 001234-2023/IN/DGSD', ['Solicitud de Acceso N° 2023-04187', 'Informe N° 000087-2023/IN/DGSD/DATPTIM'],
            '2023-05-02',
            'oficio on page 1 and an annex on page 2: a long region table with a signed variation column; the amount of the '
            'plan with the ISO code before the number',
            notes='Complaints of trafficking registered in the RETA in 2022 by region, presumed victims, and the signed variation '
                  'against 2021 (no year); complaints are prosecution. The budget of the multisectoral plan as a whole is '
                  'governance (allocated 2022), written "PEN 4,250,000.00".',
            font='Arial', size=10.5)
    gob_header(R, ['Ministerio\ndel Interior', 'Viceministerio de\nSeguridad Pública', 'Dirección General de\nSeguridad Democrática'])
    open22(R, 2023, date22('San Isidro', '2023-05-02', 'cap'), 'OFICIO N° 001234-2023/IN/DGSD',
           ['Señora', 'Rosa María Benites Chávez', 'Presente.-'], order='to_first')
    kv(R, [('Asunto', ':  Estadística del Registro y Estadística del Delito de Trata de Personas - 2022'),
           ('Referencia', ':  Solicitud de Acceso N° 2023-04187')], tab=2.6, w2=13.4)
    body(R, [
        'Tengo el agrado de dirigirme a usted, en atención a la solicitud de la referencia. La Dirección de Atención a la Trata de '
        'Personas y el Tráfico Ilícito de Migrantes, mediante el Informe N° 000087-2023/IN/DGSD/DATPTIM, remite la información '
        'del sistema RETA correspondiente al año 2022, que se adjunta como anexo.',
        'En el año 2022 se registraron a nivel nacional ' + C('1,196', 1196, 'denuncia', y=2022) + ' denuncias por el delito de '
        'trata de personas. Asimismo, el presupuesto asignado a las acciones de la Comisión Multisectorial de naturaleza '
        'permanente contra la Trata de Personas en dicho año fue de ' + Mcode(4250000, 'PEN', y=2022, r='a') + '.',
    ])
    R.p('Atentamente,', before=4)
    vb_sign(R, 'ABOG. MARIO ALBERTO ZEVALLOS LEÓN', 'Director General de Seguridad Democrática', 'Ministerio del Interior',
            vbs=('DATPTIM', 'Oficina de\nAsesoría Jurídica'), before=18)
    R.pagebreak()
    R.p('ANEXO - Denuncias por trata de personas registradas en el RETA, por departamento, 2022', bold=True, align='c', after=6)
    data = [('Amazonas', 14, 19, 11), ('Áncash', 22, 31, 18), ('Apurímac', 9, 12, 10), ('Arequipa', 71, 96, 64), ('Ayacucho', 18, 24, 21),
            ('Cajamarca', 26, 35, 22), ('Callao', 48, 61, 52), ('Cusco', 97, 138, 84), ('Huancavelica', 5, 7, 6), ('Huánuco', 21, 27, 17),
            ('Ica', 19, 23, 23), ('Junín', 52, 70, 47), ('La Libertad', 41, 55, 38), ('Lambayeque', 33, 40, 29), ('Lima', 312, 405, 341),
            ('Loreto', 68, 101, 57), ('Madre de Dios', 74, 118, 66), ('Moquegua', 7, 9, 8), ('Pasco', 6, 8, 4), ('Piura', 39, 47, 42),
            ('Puno', 88, 121, 79), ('San Martín', 27, 33, 25), ('Tacna', 36, 44, 31), ('Tumbes', 17, 22, 19), ('Ucayali', 46, 63, 40)]
    assert sum(d[1] for d in data) == 1196, sum(d[1] for d in data)
    rows = []
    for reg, d22, v22, d21 in data:
        rows.append([reg, Cn(d22, 'denuncia', y=2022), Cn(v22, 'víctima', y=2022), Psig(round((d22 - d21) / d21 * 100, 1))])
        
    T1, T2, T0 = sum(d[1] for d in data), sum(d[2] for d in data), sum(d[3] for d in data)
    rows.append(['Total nacional', Cn(T1, 'denuncia', y=2022), Cn(T2, 'víctima', y=2022), Psig(round((T1 - T0) / T0 * 100, 1))])
    R.table([['Departamento', 'Denuncias 2022', 'Presuntas víctimas 2022', 'Variación de denuncias 2022/2021']], rows,
            widths=(5.0, 3.0, 3.6, 4.2), size=9.5, bold_rows=(len(rows) - 1,), ruled='grid', head_shade='E7E6E6',
            note='Fuente: Sistema RETA-PNP. Las presuntas víctimas se cuentan en la denuncia en que fueron registradas.')
    R.save()


def z057():
    R = new('z057', 'out_of_period', None, ['prevention'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Provincial de Arequipa', 'MPA', 'provincial_municipality'),
            'OFICIO N° 0298-2023-MPA/GDS', ['Oficio N° 0102-2023-MPA/PPM', 'Solicitud N° 1874-2023'], '2023-12-04',
            'oficio, flag-strip letterhead with logo, hyphen date, a later year given in points numbered 1° to 3° and a small '
            'two-column table',
            notes='Asked for 2021. The 2021 files were lent to the municipal attorney for a court case (cited oficio), so the office '
                  'reports 2023 activities: out_of_period (later year). Talks, campaigns and trained people are prevention.',
            font='Arial', size=10.5)
    flag_header(R, ['MUNICIPALIDAD PROVINCIAL DE AREQUIPA', 'Gerencia de Desarrollo Social'],
                logo=(logo_png('mpa', 'MPA', 'shield', (20, 60, 120)), 1.5))
    open22(R, 2023, date22('Arequipa', '2023-12-04', 'hyphen'), 'OFICIO N° 0298-2023-MPA/GDS',
           ['Señor', 'Renato Paz Soldán Begazo', 'Presente.-'], order='ref_right')
    kv(R, [('Asunto', ':  Acciones de prevención de la trata de personas'), ('Referencia', ':  Solicitud N° 1874-2023')],
       tab=2.6, w2=13.4)
    body(R, [
        'Me dirijo a usted en atención a la solicitud de la referencia, por la cual requiere información sobre las acciones de '
        'prevención de la trata de personas realizadas por esta municipalidad en el año 2021.',
        'Al respecto, los expedientes y registros del año 2021 fueron entregados en calidad de préstamo a la Procuraduría Pública '
        'Municipal mediante el Oficio N° 0102-2023-MPA/PPM, para su uso en un proceso judicial, y no han sido devueltos. Por ello, '
        'le informamos las acciones realizadas en el presente año 2023:',
    ])
    for t in ['1° Se realizaron ' + Cup(16, 'charla', fem=True, y=2023) + ' charlas de prevención en instituciones educativas del '
              'Cercado, con la participación de ' + Cn(1380, 'estudiante', y=2023) + ' estudiantes.',
              '2° Se desarrollaron ' + Czw(3, 'campaña', fem=True, y=2023) + ' campañas en el terminal terrestre y en la avenida '
              'Ejército.',
              '3° Se capacitó a ' + C('64', 64, 'trabajador', y=2023) + ' trabajadores municipales de fiscalización y serenazgo en la '
              'identificación de situaciones de riesgo.']:
        R.p(t, align='j', indent=0.6, first=-0.6, after=3)
    R.table([['Material de difusión distribuido en 2023', 'Cantidad']],
            [['Afiches', Cn(850, 'afiche', y=2023)], ['Dípticos', Cn(4200, 'díptico', y=2023)]],
            widths=(8.0, 3.0), size=10, head_shade='DDEBF7')
    R.p('Atentamente,', before=4)
    sig_stamp(R, 'Lic. JULIA AMPARO TEJADA RIVERA', 'Gerente de Desarrollo Social', 'Municipalidad Provincial de Arequipa',
              rect_seal('mpa', ['MUNICIPALIDAD', 'PROVINCIAL', 'AREQUIPA'], color=(20, 60, 140)))
    R.save()


def z058():
    R = new('z058', 'answered', None, ['governance', 'prevention'], PER23,
            S('Municipalidad Provincial de Coronel Portillo', 'MPCP', 'provincial_municipality'),
            'OFICIO N° 0532-2023-MPCP-GDS', ['Ordenanza Municipal N° 017-2022-MPCP', 'Expediente N° 41287-2023'], '2023-11-10',
            'oficio, acronym letterhead, roman-numeral date, points A. to C. with amounts written with "mil" and one decimal',
            notes='2023: the provincial committee against trafficking (governance) and campaigns and talks (prevention), with the '
                  'amounts executed written "S/ 28,5 mil" and "S/ 9,8 mil".',
            font='Arial', size=11)
    acronym_header(R, 'MPCP', ['Municipalidad Provincial de Coronel Portillo', 'Gerencia de Desarrollo Social'], color=(11, 83, 148),
                   acr_size=21)
    open22(R, 2023, date22('Pucallpa', '2023-11-10', 'roman'), 'OFICIO N° 0532-2023-MPCP-GDS',
           ['Señora', 'Gianella Ruiz Panduro', 'Presente.-'], order='ref_right')
    kv(R, [('Asunto', ':  Acciones contra la trata de personas - 2023'), ('Referencia', ':  Expediente N° 41287-2023')], tab=2.6, w2=13.4)
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, para informarle lo siguiente respecto del año 2023:'])
    for t in ['A. La Comisión Provincial contra la Trata de Personas, creada por Ordenanza Municipal N° 017-2022-MPCP, sesionó en ' +
              Cwz(6, 'sesión', fem=True, y=2023) + ' ocasiones y aprobó su plan de trabajo anual. Para su funcionamiento se '
              'ejecutó ' + Mmil(9.8, st='eu', dec=1, y=2023, r='e') + '.',
              'B. Se ejecutaron ' + Cwz(5, 'campaña', fem=True, y=2023) + ' campañas de prevención en el puerto Henry, el '
              'aeropuerto y los mercados de la ciudad, con una inversión de ' + Mmil(28.5, st='eu', dec=1, y=2023, r='e') + '.',
              'C. Se realizaron ' + C('34', 34, 'charla', y=2023) + ' charlas en instituciones educativas y comunidades nativas, '
              'con ' + Cn(2615, 'participante', y=2023) + ' participantes.']:
        R.p(t, align='j', indent=0.7, first=-0.7, after=4)
    R.p('Atentamente,', before=4)
    sig_stamp(R, 'Abog. CARLOS ALBERTO TUESTA PINEDO', 'Gerente de Desarrollo Social', 'MPCP',
              rect_seal('mpcp', ['MUNICIPALIDAD', 'PROV. CORONEL', 'PORTILLO'], color=(11, 83, 148)))
    R.save()


def z059():
    R = new('z059', 'answered', None, ['protection'], ('2022-01-01', '2023-12-31'),
            S('Ministerio de Relaciones Exteriores', 'RREE', 'ministry'),
            'NOTA N° 087-2023-CGP ARICA', ['Solicitud de Acceso N° 3158-2023-RE'], '2023-11-14',
            'note of a consulate abroad, logo-left letterhead, date in capitals, unruled table of consular assistance by year, '
            'amounts in Chilean pesos and dollars with the ISO code before the number',
            notes='The consulate in Arica (recorded as the foreign ministry) reports Peruvian presumed victims assisted in 2022 and '
                  '2023 and the humanitarian assistance spent, in Chilean pesos (CLP) and dollars. Consular assistance and '
                  'repatriation are protection.',
            font='Times New Roman', size=11.5)
    left_header(R, (logo_png('rree', 'RE', 'shield', (150, 20, 20)), 1.4),
                ['CONSULADO GENERAL DEL PERÚ EN ARICA', 'Ministerio de Relaciones Exteriores del Perú',
                 'Sección Consular - Asistencia al Nacional'])
    open22(R, 2023, date22('Arica', '2023-11-14', 'upper'), 'NOTA N° 087-2023-CGP ARICA',
           ['Señor', 'Fabricio Núñez del Prado', 'Presente.-'], order='ref_right')
    R.p('**Referencia:** Solicitud de Acceso N° 3158-2023-RE', after=8)
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a la solicitud de la referencia, para informarle sobre la '
             'asistencia brindada por este Consulado General a connacionales presuntas víctimas de trata de personas en la Región '
             'de Arica y Parinacota durante los años 2022 y 2023 (este último al 31 de octubre):'])
    rows = [['Connacionales asistidos', Cn(23, 'víctima', y=2022), Cn(31, 'víctima', y=2023)],
            ['Repatriaciones', Cn(9, 'repatriación', y=2022), Cn(14, 'repatriación', y=2023)],
            ['Casos derivados a la Fiscalía chilena', Cn(11, 'caso', y=2022), Cn(17, 'caso', y=2023)],
            ['Alojamientos temporales gestionados', Cn(15, 'alojamiento', y=2022), Cn(19, 'alojamiento', y=2023)]]
    R.table([['Asistencia consular', '2022', '2023']], rows, widths=(8.4, 2.6, 2.6), size=10.5, ruled='none')
    body(R, ['Para la asistencia humanitaria (alojamiento, alimentación y traslados) se ejecutó ' +
             Mcode(3250000, 'CLP', st='eu', dec=0, y=2022, r='e', cur='CLP') + ' en el año 2022 y ' +
             Mcode(4180000, 'CLP', st='eu', dec=0, y=2023, r='e', cur='CLP') + ' en el año 2023. Los pasajes de retorno al Perú '
             'se financiaron con cargo al Fondo de Asistencia Humanitaria, por ' + Mcode(6840, 'USD', y=2023, r='e') +
             ' en el año 2023.'])
    R.p('Hago propicia la oportunidad para expresarle los sentimientos de mi especial consideración.', align='j', after=4)
    sigline(R, 'ALBERTO MIGUEL ROSAS PAREDES', 'Cónsul General del Perú en Arica', align='c')
    R.save()


def z060():
    R = new('z060', 'missing', 'not_competent', ['protection'], PER23,
            S('Municipalidad Distrital de Yanahuara', 'MDY', 'district_municipality'),
            'OFICIO N° 0214-2023-MDY/GM', ['Solicitud N° 0571-2023'], '2023-08-30',
            'oficio, centred letterhead with logo, month-first date, functions stated, no referral, no figures',
            notes='The district municipality says the care of trafficking victims is not among its functions; it forwards nothing '
                  'and names no specific office: not_competent.',
            font='Arial', size=11)
    R.header(['MUNICIPALIDAD DISTRITAL DE YANAHUARA', 'Gerencia Municipal'],
             logo=(logo_png('mdy', 'MDY', 'circle', (10, 90, 140)), 1.3), size=9)
    open22(R, 2023, date22('Yanahuara', '2023-08-30', 'month_first'), 'OFICIO N° 0214-2023-MDY/GM',
           ['Señorita', 'Andrea Málaga Linares', 'Presente.-'], order='to_first')
    kv(R, [('Asunto', ':  Respuesta a solicitud de información'), ('Referencia', ':  Solicitud N° 0571-2023')], tab=2.6, w2=13.4)
    body(R, [
        'Me dirijo a usted en atención a la solicitud de la referencia, por la que requiere el número de víctimas de trata de '
        'personas atendidas por esta municipalidad en el año 2023 y los servicios de acogida brindados.',
        'Al respecto, le comunico que, conforme a la Ley Orgánica de Municipalidades y al Reglamento de Organización y Funciones '
        'de esta entidad, la atención, acogida y protección de víctimas de trata de personas no forma parte de las funciones de '
        'la Municipalidad Distrital de Yanahuara, que no cuenta con servicios de acogida ni registra casos de esa naturaleza. '
        'Por tanto, no es competente para atender su pedido.',
    ])
    R.p('Atentamente,', before=4)
    signoff(R, 'Ing. PERCY ALFREDO LINARES MOSCOSO', 'Gerente Municipal', 'Municipalidad Distrital de Yanahuara')
    R.save()
