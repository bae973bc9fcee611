"""blind-v13 letters p046-p060 (missing), written for this set. All persons, numbers and events are invented."""
from common import *
from lib import M, C, P, XL, logo_png, plain


def p046():
    R = new('p046', 'missing', 'not_competent', ['prosecution'], ('2022-01-01', '2022-12-31'),
            S('Delegation of the European Union to Peru', 'EU', 'foreign'),
            'Ares(2023)2281947', [],
            '2023-03-30',
            'English letter of an international delegation with a registry number line; not competent (not subject to the '
            'Peruvian transparency law, holds no case data), no referral; no figures',
            lang='en', font='Arial', size=10.5)
    R.header(['EUROPEAN UNION', 'Delegation to Peru', 'Av. Víctor Andrés Belaúnde 332, Of. 801, San Isidro, Lima'], align='l', size=8)
    R.p('Lima, 30 March 2023', align='r')
    R.p('Ares(2023)2281947', size=8, align='r', after=8)
    to(R, ['Ms Fiorella Andrea Gutiérrez Chirinos', 'Lima'])
    R.p('Subject: Your request for data on trafficking prosecutions in Peru (2022)', bold=True, after=6)
    R.p('Dear Ms Gutiérrez Chirinos,', after=6)
    body(R, ['We acknowledge your letter in which you ask the Delegation for the number of criminal investigations and convictions '
             'for trafficking in persons in Peru during 2022.',
             'Please note that the Delegation of the European Union is a diplomatic mission and is not one of the entities bound by '
             'Peruvian Law No. 27806. Moreover, the Delegation does not collect or keep data on criminal proceedings in Peru, which '
             'are the responsibility of the Peruvian authorities. We are therefore not in a position to answer your request.'])
    R.p('Yours sincerely,', after=2)
    R.sign('Marta Ferreira Lopes', 'Head of the Political, Press and Information Section', None, align='l', before=18)
    R.save()


def p047():
    R = new('p047', 'missing', 'not_competent', ['prevention'], ('2021-01-01', '2021-12-31'),
            S('Instituto Peruano del Deporte', 'IPD', 'other'),
            'OFICIO N° 000233-2022-IPD/SG', ['Solicitud de acceso a la información N° 00177-2022-IPD'],
            '2022-02-18',
            'oficio; not competent, no referral; no figures', font='Arial', size=11)
    R.header(['INSTITUTO PERUANO DEL DEPORTE', 'Secretaría General'], align='c', size=9,
             logo=(logo_png('ipd', 'IPD', 'circle', (200, 20, 20)), 1.2))
    lema(R, 2022)
    R.p('San Luis, 18 de febrero de 2022', align='r')
    R.p('OFICIO N° 000233-2022-IPD/SG', bold=True, after=6)
    to(R, ['Señor', 'Rodrigo Andrés Flores Lozano', 'Presente.-'])
    R.p('Referencia: Solicitud de acceso a la información N° 00177-2022-IPD', after=8)
    body(R, ['Me dirijo a usted en atención al documento de la referencia, por el cual solicita información sobre las campañas de '
             'prevención de la trata de personas desarrolladas en el año 2021.',
             'Al respecto, le comunico que, conforme a su Reglamento de Organización y Funciones, el Instituto Peruano del Deporte '
             'no tiene competencia en materia de prevención de la trata de personas, por lo que no genera ni posee la información '
             'solicitada.'])
    R.p('Atentamente,', after=2)
    R.sign('Abog. Claudia Vanessa Rivera Luque', 'Secretaria General', 'Instituto Peruano del Deporte', before=22)
    R.save()


def p048():
    R = new('p048', 'missing', 'acknowledgment', ['prevention', 'protection'], ('2022-01-01', '2022-12-31'),
            S('Gobierno Regional de Arequipa', 'GRA', 'regional_government'),
            'CARTA N° 0412-2023-GRA/OAC', ['Registro N° 5109877'],
            '2023-01-16',
            'carta acknowledging receipt: request registered and sent to the social development office, answer to follow; '
            'received stamp; no figures')
    R.header(['GOBIERNO REGIONAL DE AREQUIPA', 'Oficina de Atención al Ciudadano'], align='l', size=9,
             logo=(logo_png('grarequipa', 'AQP', 'shield', (120, 0, 0)), 1.2))
    R.stamp(['GOBIERNO REGIONAL AREQUIPA', 'MESA DE PARTES', 'RECIBIDO', '13 ENE 2023  11:42', 'Reg. 5109877'], width=4.8)
    lema(R, 2023)
    R.p('Arequipa, 16 de enero de 2023', align='l')
    R.p('CARTA N° 0412-2023-GRA/OAC', bold=True, after=8)
    to(R, ['Señora', 'Verónica Isabel Chirinos Begazo', 'Cayma - Arequipa'])
    R.p('Referencia: Registro N° 5109877', after=8)
    body(R, ['Es grato dirigirme a usted, para comunicarle que su solicitud de acceso a la información pública sobre las acciones '
             'de prevención de la trata de personas y de atención a víctimas correspondientes al año 2022 ha sido recibida y '
             'registrada con el número de la referencia.',
             'Su pedido ha sido remitido a la Gerencia Regional de Desarrollo Social, la cual le hará llegar la respuesta dentro '
             'del plazo establecido por el TUO de la Ley N° 27806. Puede hacer el seguimiento de su trámite en la plataforma '
             'virtual del Gobierno Regional con el número de registro.'])
    R.p('Atentamente,', after=2)
    R.sign('Sra. Luz Marina Apaza Condori', 'Responsable de la Oficina de Atención al Ciudadano', None, before=20)
    R.save()


def p049():
    R = new('p049', 'missing', 'acknowledgment', ['governance'], ('2023-01-01', '2023-06-30'),
            S('Municipalidad Provincial de Trujillo', 'MPT', 'provincial_municipality'),
            'CARTA N° 0093-2023-MPT/SG-FRAI', ['Expediente N° 22018-2023'],
            '2023-07-17',
            'carta notifying that the term to answer is extended (prórroga) with a new date; no substantive information; '
            'no figures',
            notes='A notice extending the term to answer (prórroga) is labelled acknowledgment: it gives no information.')
    R.header(['MUNICIPALIDAD PROVINCIAL DE TRUJILLO', 'Secretaría General - Funcionario Responsable del Acceso a la Información'],
             align='c', size=9)
    lema(R, 2023)
    R.p('Trujillo, 17 de julio de 2023', align='r')
    R.p('CARTA N° 0093-2023-MPT/SG-FRAI', bold=True, after=8)
    to(R, ['Señor', 'Álvaro Sebastián Rebaza Alfaro', 'Urb. La Merced, Trujillo'])
    kv(R, [('ASUNTO', ': Comunica prórroga de plazo'), ('REFERENCIA', ': Expediente N° 22018-2023')])
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita copia de las actas del '
             'Comité Provincial contra la Trata de Personas de Trujillo correspondientes al primer semestre de 2023.',
             'Al respecto, le comunico que, debido a que la información requerida debe ser ubicada en el archivo de la Gerencia de '
             'Desarrollo Social y digitalizada, esta entidad hará uso de la prórroga prevista en el literal g) del artículo 11 del '
             'TUO de la Ley N° 27806, por lo que la información le será entregada a más tardar el 31 de julio de 2023.'])
    R.p('Atentamente,', after=2)
    R.sign('Abog. Rosa Elena Gamboa Villacorta', 'Funcionaria Responsable del Acceso a la Información Pública', None, before=22)
    R.save()


def p050():
    R = new('p050', 'missing', 'clarification', ['governance'], None,
            S('Ministerio de Economía y Finanzas', 'MEF', 'ministry'),
            'OFICIO N° 0612-2022-EF/45.01', ['Hoja de Ruta N° 088412-2022'],
            '2022-06-08',
            'oficio asking the requester to state the budget entities and the period wanted within two working days; '
            'no period anywhere; no figures', font='Arial', size=10.5)
    R.header(['MINISTERIO DE ECONOMÍA Y FINANZAS', 'Oficina General de Servicios al Usuario'], align='l', size=9,
             logo=(logo_png('mef', 'MEF', 'square', (160, 20, 20)), 1.2))
    lema(R, 2022)
    R.p('Lima, 08 de junio de 2022', align='r')
    R.p('OFICIO N° 0612-2022-EF/45.01', bold=True, after=6)
    to(R, ['Señora', 'Jimena Alessandra Pacheco Ugarte', 'Presente.-'])
    kv(R, [('Asunto', ': Solicitud de subsanación'), ('Referencia', ': Hoja de Ruta N° 088412-2022')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita "el presupuesto de todas las '
             'entidades para la lucha contra la trata de personas".',
             'Al respecto, a fin de atender su pedido, se requiere que precise: (i) los pliegos o entidades cuyo presupuesto '
             'desea conocer; (ii) el periodo o los años fiscales materia de consulta; y (iii) si requiere el presupuesto '
             'asignado, el ejecutado o ambos.',
             'La subsanación deberá presentarse dentro del plazo de dos días hábiles de recibida la presente; de lo contrario, '
             'su solicitud se considerará como no presentada, conforme al Reglamento de la Ley de Transparencia.'])
    R.p('Atentamente,', after=2)
    R.sign('Abog. Ernesto Manuel Quiñones Vidal', 'Director de la Oficina de Atención al Ciudadano', None, before=22)
    R.save()


def p051():
    R = new('p051', 'missing', 'clarification', ['prevention'], ('2022-01-01', '2022-12-31'),
            S('Municipalidad Distrital de Villa El Salvador', 'MVES', 'district_municipality'),
            'CARTA N° 055-2023-SG/MVES', ['Expediente N° 3318-2023'],
            '2023-02-07',
            'carta asking the requester to complete missing identification data (document number, address for notice) before '
            'the request is processed; restates the 2022 request; no figures', font='Calibri', size=11)
    R.header(['MUNICIPALIDAD DE VILLA EL SALVADOR', 'Secretaría General'], align='c', size=9)
    lema(R, 2023)
    R.p('Villa El Salvador, 07 de febrero de 2023', align='r')
    R.p('CARTA N° 055-2023-SG/MVES', bold=True, after=8)
    to(R, ['Señor(a)', 'Yuri Ccopa M.', 'Correo electrónico consignado en la solicitud'])
    R.p('Referencia: Expediente N° 3318-2023', after=8)
    body(R, ['Por medio de la presente me dirijo a usted, en atención a su solicitud sobre las campañas de prevención de la trata de '
             'personas ejecutadas por la Municipalidad en el año 2022.',
             'Al respecto, se ha verificado que el formato presentado no consigna el número de documento de identidad ni el '
             'domicilio o medio para la notificación de la respuesta, requisitos exigidos por el Reglamento de la Ley de '
             'Transparencia y Acceso a la Información Pública. En consecuencia, se le solicita completar dichos datos en un plazo '
             'de dos días hábiles; vencido este, se dará por concluido el trámite.'])
    R.p('Atentamente,', after=2)
    R.sign('Abog. Henry Rolando Cajahuamán Taipe', 'Secretario General', 'Municipalidad de Villa El Salvador', before=22)
    R.save()


def p052():
    R = new('p052', 'missing', 'denied_exception', ['prosecution'], ('2022-01-01', '2022-12-31'),
            S('Ministerio Público', 'MP', 'autonomous'),
            'OFICIO N° 000315-2023-MP-FN-FPETP-PUNO', ['Solicitud de acceso N° 0091-2023'],
            '2023-03-01',
            'prosecutor\'s oficio denying copies of investigation files under the reserve of the criminal investigation '
            '(exception of the transparency law); no figures', font='Times New Roman', size=11.5)
    R.header(['MINISTERIO PÚBLICO - FISCALÍA DE LA NACIÓN', 'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Puno'],
             align='c', size=9)
    lema(R, 2023)
    R.p('Puno, 01 de marzo de 2023', align='r')
    R.p('OFICIO N° 000315-2023-MP-FN-FPETP-PUNO', bold=True, after=6)
    to(R, ['Señor', 'Néstor Rubén Calcina Quispe', 'Periodista'])
    R.p('Referencia: Solicitud de acceso N° 0091-2023', after=8)
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a la solicitud de la referencia, mediante la cual requiere copias de '
             'las disposiciones y actuados de las carpetas fiscales por trata de personas iniciadas en el año 2022 en La Rinconada '
             'y Ananea.',
             'Al respecto, debo comunicarle que dichas investigaciones se encuentran en trámite y que sus actuados tienen carácter '
             'reservado, conforme al artículo 324 del Código Procesal Penal; en consecuencia, la información solicitada se '
             'encuentra comprendida en la excepción prevista en el numeral 6 del artículo 17 del TUO de la Ley N° 27806, por lo '
             'que no es posible acceder a su pedido.'])
    R.p('Atentamente,', after=2)
    dsig(R, 'Marleni Yucra Ticona', 'Fiscal Provincial', 'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Puno',
         when='01.03.2023 12:05:18 -05:00', fau='20131370301')
    R.save()


def p053():
    R = new('p053', 'missing', 'denied_exception', ['protection'], ('2021-01-01', '2021-12-31'),
            S('Instituto Nacional de Salud Mental "Honorio Delgado - Hideyo Noguchi"', 'INSM HD-HN', 'other'),
            'CARTA N° 027-2022-DG-INSM"HD-HN"', ['Expediente N° 22-000418'],
            '2022-02-02',
            'carta denying the names, diagnoses and clinical records of victims of trafficking treated in 2021 (personal and '
            'health data exception); no figures')
    R.header(['MINISTERIO DE SALUD', 'INSTITUTO NACIONAL DE SALUD MENTAL "HONORIO DELGADO - HIDEYO NOGUCHI"', 'Dirección General'],
             align='c', size=8)
    lema(R, 2022)
    R.p('San Martín de Porres, 02 de febrero de 2022', align='r')
    R.p('CARTA N° 027-2022-DG-INSM"HD-HN"', bold=True, after=6)
    to(R, ['Señora', 'Paola Andrea Reátegui Soria', 'Presente'])
    R.p('Referencia: Expediente N° 22-000418', after=8)
    body(R, ['Me dirijo a usted en atención a su solicitud, en la que requiere la relación nominal de las víctimas de trata de '
             'personas atendidas por este Instituto en el año 2021, con sus diagnósticos y copia de sus historias clínicas.',
             'Al respecto, se le informa que la información solicitada contiene datos personales y datos sensibles de salud, cuya '
             'publicidad constituiría una invasión de la intimidad personal de las pacientes; por ello se encuentra exceptuada '
             'del acceso público conforme al numeral 5 del artículo 17 del TUO de la Ley N° 27806 y a la Ley N° 29733, Ley de '
             'Protección de Datos Personales. En consecuencia, se deniega su pedido.'])
    R.p('Atentamente,', after=2)
    R.sign('Dr. Fernando Luis Alarcón Meza', 'Director General', 'INSM "Honorio Delgado - Hideyo Noguchi"', before=22)
    R.save()


def p054():
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    R = new('p054', 'missing', 'no_reply', ['prevention'], ('2022-01-01', '2022-12-31'),
            S('Municipalidad Provincial del Callao', 'MPC', 'provincial_municipality'),
            None, [],
            '2023-04-03',
            'spreadsheet sent alone (XLSX rendered landscape): quarterly register of access-to-information requests; the line '
            'of the trafficking request shows "NO ATENDIDA - PLAZO VENCIDO" and an empty answer column; date of the report in a '
            'title row; no own number',
            fmt='xlsx', notes='The only line about trafficking (prevention actions of 2022) has no answer; the other lines are other requests.')
    ws = R.wb.active
    ws.title = 'Registro SAIP'
    ws['A1'] = 'MUNICIPALIDAD PROVINCIAL DEL CALLAO'
    ws['A1'].font = Font(bold=True, size=12)
    ws['A2'] = 'Registro de Solicitudes de Acceso a la Información Pública - I Trimestre 2023'
    ws['A3'] = 'Fecha de reporte: 03/04/2023'
    head = ['N° Exp.', 'Fecha de ingreso', 'Solicitante', 'Información solicitada', 'Unidad orgánica', 'Fecha de respuesta', 'Estado']
    rows = [['2023-0112', '05/01/2023', 'J. Paredes', 'Licencias de funcionamiento otorgadas en Av. Colonial', 'Gerencia de Desarrollo Económico', '17/01/2023', 'ATENDIDA'],
            ['2023-0187', '11/01/2023', 'M. Sifuentes', 'Copia de contrato de recojo de residuos sólidos', 'Gerencia de Servicios a la Ciudad', '25/01/2023', 'ATENDIDA'],
            ['2023-0240', '16/01/2023', 'R. Quispe', 'Acciones de prevención de la trata de personas, año 2022', 'Gerencia de Desarrollo Humano', '', 'NO ATENDIDA - PLAZO VENCIDO'],
            ['2023-0301', '23/01/2023', 'L. Vásquez', 'Planilla de obreros de parques y jardines', 'Gerencia de Recursos Humanos', '08/02/2023', 'ATENDIDA'],
            ['2023-0366', '01/02/2023', 'C. Rojas', 'Acta de sesión de concejo del 12/12/2022', 'Secretaría General', '', 'EN TRÁMITE']]
    thin = Side(style='thin', color='000000')
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    for j, h in enumerate(head):
        c = ws.cell(row=5, column=j + 1, value=h)
        c.font = Font(bold=True, size=10); c.fill = PatternFill('solid', fgColor='D9D9D9'); c.border = bd
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    ws.row_dimensions[5].height = 30
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=6 + i, column=j + 1, value=v)
            c.font = Font(size=10, bold=(i == 2)); c.border = bd
            c.alignment = Alignment(wrap_text=True, vertical='top')
        ws.row_dimensions[6 + i].height = 27
    for j, w in enumerate([11, 12, 13, 50, 30, 12, 30]):
        ws.column_dimensions['ABCDEFG'[j]].width = w
    ws.cell(row=12, column=1, value='Elaborado por: Funcionario Responsable de Acceso a la Información Pública')
    xsetup(ws)
    R.save()


def p055():
    R = new('p055', 'missing', 'no_reply', ['governance'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Distrital de Independencia', 'MDI', 'district_municipality'),
            None, [],
            '2022-03-21',
            'printout of a web page "Consulta de expediente" (document-management system) with the status "PENDIENTE - SIN '
            'RESPUESTA" and the movements of the file; browser header and footer lines; no own number',
            font='Arial', size=9.5, margins=(1.2, 1.2, 1.5, 1.5),
            notes='No reply on file: the system printout shows the request (working committee against trafficking, 2021) pending.')
    R.p('21/3/22, 16:04                                   Consulta de Expediente - Municipalidad Distrital de Independencia', size=7.5, after=8)
    R.p('MUNICIPALIDAD DISTRITAL DE INDEPENDENCIA', bold=True, size=13, color=(0, 70, 140), after=0)
    R.p('Sistema de Trámite Documentario - Consulta de expediente en línea', size=10, after=8)
    kv(R, [('Expediente', ': 2022-0004417'), ('Fecha de registro', ': 01/02/2022 10:37'),
           ('Tipo de trámite', ': Solicitud de acceso a la información pública'),
           ('Asunto', ': Solicita actas y acuerdos del Comité Distrital contra la Trata de Personas del año 2021'),
           ('Administrado', ': Tello Bazán, Lucía'), ('Estado', ': PENDIENTE - SIN RESPUESTA')], tab=3.8, w2=13.6)
    R.p('Movimientos del expediente', bold=True, after=2)
    rows = [['01/02/2022 10:37', 'Mesa de Partes', 'Secretaría General', 'Derivado'],
            ['02/02/2022 09:15', 'Secretaría General', 'Gerencia de Desarrollo Social', 'Derivado'],
            ['04/02/2022 12:02', 'Gerencia de Desarrollo Social', 'Subgerencia de Participación Vecinal', 'Derivado'],
            ['21/03/2022 16:03', 'Subgerencia de Participación Vecinal', '-', 'Pendiente - plazo vencido']]
    R.table([['Fecha', 'Origen', 'Destino', 'Acción']], rows, widths=(3.2, 5.0, 5.4, 4.0), size=8.5, head_shade='DDEBF7')
    R.p('No se registra documento de respuesta asociado a este expediente.', italic=True, after=8)
    R.p('https://tramite.muniindependencia.gob.pe/consulta/expediente?id=2022-0004417                                         1/1', size=7.5)
    R.save()


def p056():
    R = new('p056', 'missing', 'off_topic', [], ('2022-01-01', '2022-12-31'),
            S('Municipalidad Distrital de San Isidro', 'MSI', 'district_municipality'),
            'INFORME N° 0214-2023-1410-SGFC-GSC/MSI', ['Memorándum N° 0088-2023-1400-GSC/MSI'],
            '2023-02-22',
            'municipal informe on licence-inspection operations (operativos, denuncias vecinales, clausuras, multas) with a '
            'table by month pair and amounts of fines; not about trafficking', size=10.5)
    memo(R, 'INFORME N° 0214-2023-1410-SGFC-GSC/MSI', [
        ('A', ': Gerencia de Seguridad Ciudadana'),
        ('DE', ': Subgerencia de Fiscalización y Control'),
        ('REFERENCIA', ': Memorándum N° 0088-2023-1400-GSC/MSI'),
        ('ASUNTO', ': Resultados de operativos de fiscalización a establecimientos comerciales 2022'),
        ('FECHA', ': San Isidro, 22 de febrero de 2023')],
        head_lines=['MUNICIPALIDAD DE SAN ISIDRO', 'Gerencia de Seguridad Ciudadana - Subgerencia de Fiscalización y Control'], year=2023)
    body(R, ['En atención al documento de la referencia, se informa sobre los operativos de fiscalización de licencias de '
             'funcionamiento, aforo y horarios realizados en el año 2022, muchos de ellos originados en denuncias vecinales por '
             'ruidos molestos y uso indebido de la vía pública:'])
    data = [('Enero-Febrero', 18, 41, 3), ('Marzo-Abril', 22, 37, 5), ('Mayo-Junio', 25, 52, 4), ('Julio-Agosto', 19, 33, 2),
            ('Setiembre-Octubre', 27, 48, 6), ('Noviembre-Diciembre', 31, 60, 7)]
    rows = [[m, Cn(a, 'operativo', y=2022), Cn(b, 'denuncia', y=2022), Cn(c, 'clausura', y=2022)] for m, a, b, c in data]
    rows.append(['Total 2022'] + [Cn(sum(d[i] for d in data), w, y=2022) for i, w in ((1, 'operativo'), (2, 'denuncia'), (3, 'clausura'))])
    R.table([['Periodo', 'Operativos', 'Denuncias vecinales atendidas', 'Clausuras temporales']], rows,
            widths=(4.6, 3.0, 4.4, 3.6), size=9, bold_rows=(6,), head_shade='E2EFDA')
    body(R, ['Las papeletas de infracción impuestas sumaron ' + Mn(412860.00, 'us', y=2022) + ', de las cuales se ha cobrado ' +
             Mn(198330.50, 'us', y=2022) + ' (' + Pf(48.0, 1, y=2022) + '). Asimismo, se brindaron ' + Cn(14, 'capacitación', y=2022) +
             ' capacitaciones a conductores de discotecas y restaurantes sobre aforo y seguridad.',
             'Es todo cuanto se informa.'])
    R.sign('Ing. Pablo César Valdez Arrunátegui', 'Subgerente de Fiscalización y Control', None, before=18)
    R.save()


def p057():
    R = new('p057', 'missing', 'off_topic', [], None,
            S('Servicio Nacional de Sanidad Agraria', 'SENASA', 'other'),
            'OFICIO N° 0173-2022-MIDAGRI-SENASA-DSV', ['Carta N° 004-2022-APA'],
            '2022-04-07',
            'oficio on plant-health control operations (operativos de control, decomisos, capacitaciones a productores) with a '
            'budget table "PIM" / "Devengado" in soles; not about trafficking', font='Calibri', size=10.5)
    R.header(['Servicio Nacional de Sanidad Agraria - SENASA', 'Dirección de Sanidad Vegetal'], align='l', size=9,
             logo=(logo_png('senasa', 'SEN', 'circle', (0, 120, 60)), 1.2))
    lema(R, 2022)
    R.p('La Molina, 07 de abril de 2022', align='r')
    R.p('OFICIO N° 0173-2022-MIDAGRI-SENASA-DSV', bold=True, after=6)
    to(R, ['Señor', 'Aurelio Ponce Huayta', 'Asociación de Productores Agrarios del Valle de Majes'])
    R.p('Referencia: Carta N° 004-2022-APA', after=6)
    body(R, ['Me dirijo a usted en atención a la carta de la referencia, para informarle sobre las acciones de control de la mosca '
             'de la fruta y del tránsito interno de productos vegetales en el ámbito de la Dirección Ejecutiva de Arequipa en el '
             'año 2021:'])
    R.bullets(['Operativos de control en puestos de carretera: ' + Cn(96, 'operativo', y=2021),
               'Decomisos de fruta hospedera sin certificado: ' + Cn(2350, 'kilogramo', y=2021) + ' kilogramos',
               'Productores capacitados en manejo integrado: ' + Cn(1184, 'productor', y=2021),
               'Denuncias de productores por brotes atendidas: ' + Cn(37, 'denuncia', y=2021)], size=10)
    rows = [['Control de mosca de la fruta', Mf(1850400.00, y=2021, r='a'), Mf(1792115.36, y=2021, r='e')],
            ['Vigilancia fitosanitaria', Mf(640000.00, y=2021, r='a'), Mf(611873.02, y=2021, r='e')],
            ['Total', Mf(2490400.00, y=2021, r='a'), Mf(2403988.38, y=2021, r='e')]]
    R.table([['Actividad', 'PIM', 'Devengado']], rows, widths=(7.0, 3.6, 3.6), size=9.5, caption='Presupuesto 2021 (en soles)',
            unit='caption', bold_rows=(2,), head_shade='E2EFDA')
    R.p('Atentamente,', after=2)
    R.sign('Ing. Rocío Amparo Taco Salinas', 'Directora de Sanidad Vegetal (e)', 'SENASA', before=18)
    R.save()


def p058():
    R = new('p058', 'missing', 'off_topic', [], ('2022-01-01', '2022-12-31'),
            S('Organismo Supervisor de Inversión Privada en Telecomunicaciones', 'OSIPTEL', 'other'),
            'CARTA N° 00312-2023-GAU/OSIPTEL', ['Solicitud N° 2023-000418'],
            '2023-02-15',
            'carta on telecom user complaints (denuncias, reclamos), training of users and victims of phone fraud, with a '
            'transposed table by half-year; not about trafficking', size=10.5)
    R.header(['OSIPTEL', 'Gerencia de Atención al Usuario'], align='r', size=9)
    lema(R, 2023)
    R.p('Lima, 15 de febrero de 2023', align='r')
    R.p('CARTA N° 00312-2023-GAU/OSIPTEL', bold=True, after=6)
    to(R, ['Señora', 'Mercedes Aurora Chipana Lazo', 'Los Olivos'])
    R.p('Referencia: Solicitud N° 2023-000418', after=6)
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, sobre la atención de usuarios de servicios públicos de '
             'telecomunicaciones en el año 2022:'])
    ytab(R, 'Indicador', ['I semestre', 'II semestre'], [
        ('Denuncias por suplantación de identidad en líneas móviles', ('c', 'denuncia'), [1284, 1502]),
        ('Reclamos en segunda instancia resueltos', ('c', 'reclamo'), [8930, 9415]),
        ('Usuarios capacitados en ferias y charlas', ('c', 'usuario'), [4210, 5036]),
    ], widths=(8.6, 3.0, 3.0), size=9.5, ruled='hlines', caption='Atención al usuario, año 2022')
    body(R, ['Las víctimas de fraude telefónico orientadas por nuestras oficinas fueron ' + Cn(612, 'víctima', y=2022) + '; el ' +
             Pf(73.5, 1, y=2022) + ' de ellas recuperó el control de su línea en menos de 24 horas.'])
    R.p('Atentamente,', after=2)
    R.sign('Lic. Karina Isabel Soto Mejía', 'Gerente de Atención al Usuario', 'OSIPTEL', before=18)
    R.save()


def p059():
    R = new('p059', 'missing', 'off_topic', [], ('2021-01-01', '2021-12-31'),
            S('Superintendencia de Transporte Terrestre de Personas, Carga y Mercancías', 'SUTRAN', 'other'),
            'OFICIO N° D000198-2022-SUTRAN-GG', ['Expediente N° 22-004118'],
            '2022-03-29',
            'oficio on road-transport control operations and road-accident victims by corridor, with a table with quarterly '
            'columns and a PIM / certificado / devengado paragraph; not about trafficking', size=10.5)
    R.header(['SUTRAN', 'Superintendencia de Transporte Terrestre de Personas, Carga y Mercancías - Gerencia General'], align='l', size=8)
    lema(R, 2022)
    R.p('Lima, 29 de marzo de 2022', align='r')
    R.p('OFICIO N° D000198-2022-SUTRAN-GG', bold=True, after=6)
    to(R, ['Señor', 'Jaime Arturo Villalobos Cueva', 'Presidente de la Asociación de Víctimas de Accidentes de Tránsito'])
    kv(R, [('Asunto', ': Información sobre operativos de fiscalización en carreteras 2021'), ('Referencia', ': Expediente N° 22-004118')])
    body(R, ['Me dirijo a usted para atender la solicitud de la referencia. Los operativos de fiscalización al transporte '
             'interprovincial de pasajeros realizados en el año 2021 en los principales corredores fueron:'])
    cor = [('Panamericana Norte', [112, 98, 131, 140]), ('Panamericana Sur', [87, 90, 104, 119]), ('Carretera Central', [76, 81, 95, 102])]
    rows = [[c] + [Cn(x, 'operativo', y=2021) for x in v] + [Cn(sum(v), 'operativo', y=2021)] for c, v in cor]
    R.table([['Corredor', 'I trimestre', 'II trimestre', 'III trimestre', 'IV trimestre', 'Total']], rows,
            widths=(4.4, 2.2, 2.2, 2.2, 2.2, 2.0), size=9)
    body(R, ['En los mismos corredores se registraron ' + Cn(1873, 'víctima', y=2021) + ' víctimas de accidentes de tránsito, de las cuales ' +
             Cn(214, 'víctima', y=2021) + ' fallecieron.',
             'El PIM de la actividad de fiscalización fue de ' + Mn(38415900.00, y=2021, r='a') + '; se certificó ' +
             Mn(37802114.50, y=2021, r='c') + ' y se devengó ' + Mn(37455808.21, y=2021, r='e') + '.'])
    R.p('Atentamente,', after=2)
    dsig(R, 'Óscar Enrique Palacios Rengifo', 'Gerente General', 'SUTRAN', when='29/03/2022 15:22', fau='20536557858')
    R.save()


def p060():
    R = new('p060', 'missing', 'off_topic', [], ('2022-01-01', '2022-12-31'),
            S('Intendencia Nacional de Bomberos del Perú', 'INBP', 'other'),
            'OFICIO N° 000421-2023-INBP/DIGER', ['Solicitud de Información N° 0137-2023'],
            '2023-03-16',
            'two-page oficio on fire-brigade emergencies with a long table by department split over two pages (second part '
            'headed "(continuación)" with the header repeated); víctimas rescatadas, capacitaciones, PIM and devengado; not '
            'about trafficking', size=10.5)
    R.header(['INTENDENCIA NACIONAL DE BOMBEROS DEL PERÚ', 'Dirección de Gestión de Riesgos'], align='c', size=9,
             logo=(logo_png('inbp', 'INBP', 'shield', (200, 40, 0)), 1.2))
    lema(R, 2023)
    R.p('Lima, 16 de marzo de 2023', align='r')
    R.p('OFICIO N° 000421-2023-INBP/DIGER', bold=True, after=6)
    to(R, ['Señora', 'Diana Katherine Loayza Ruiz', 'Estudiante de Ingeniería de Seguridad'])
    R.p('Referencia: Solicitud de Información N° 0137-2023', after=6)
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita las emergencias atendidas por '
             'el Cuerpo General de Bomberos Voluntarios del Perú en el año 2022, por departamento:'])
    deps = [('Amazonas', 412, 18), ('Áncash', 1630, 74), ('Apurímac', 388, 12), ('Arequipa', 4217, 163), ('Ayacucho', 702, 25),
            ('Cajamarca', 951, 31), ('Callao', 5106, 148), ('Cusco', 2284, 96), ('Huancavelica', 205, 6), ('Huánuco', 836, 29),
            ('Ica', 2419, 88), ('Junín', 2008, 71), ('La Libertad', 3950, 139), ('Lambayeque', 2763, 102),
            ('Lima', 38214, 1217), ('Loreto', 1188, 44), ('Madre de Dios', 341, 15), ('Moquegua', 499, 17), ('Pasco', 276, 9),
            ('Piura', 3122, 118), ('Puno', 1047, 40), ('San Martín', 1205, 47), ('Tacna', 987, 33), ('Tumbes', 455, 19),
            ('Ucayali', 1119, 41)]
    def rws(ds):
        return [[d, Cn(a, 'emergencia', y=2022), Cn(b, 'víctima', y=2022)] for d, a, b in ds]
    head = [['Departamento', 'Emergencias atendidas', 'Víctimas rescatadas']]
    R.table(head, rws(deps[:14]), widths=(5.6, 4.0, 4.0), size=9.5, head_shade='F8CBAD',
            caption='Emergencias atendidas y víctimas rescatadas, 2022')
    R.pagebreak()
    rows = rws(deps[14:]) + [['Total nacional', Cn(sum(d[1] for d in deps), 'emergencia', y=2022), Cn(sum(d[2] for d in deps), 'víctima', y=2022)]]
    R.table(head, rows, widths=(5.6, 4.0, 4.0), size=9.5, head_shade='F8CBAD', bold_rows=(len(rows) - 1,),
            caption='(continuación)')
    body(R, ['Asimismo, se realizaron ' + Cn(326, 'capacitación', y=2022) + ' capacitaciones en primeros auxilios y uso de '
             'extintores dirigidas a empresas e instituciones educativas.',
             'El presupuesto de la Intendencia para la atención de emergencias en 2022 tuvo un PIM de ' + Mn(86420315.00, y=2022, r='a') +
             ' y un devengado de ' + Mn(84117002.47, y=2022, r='e') + '.'])
    R.p('Atentamente,', after=2)
    R.sign('Crnl. CBP Jorge Enrique Sialer Paz', 'Director de Gestión de Riesgos', 'INBP', before=18)
    R.save()
