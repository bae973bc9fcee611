"""blind-v6 letters f631-f640 (missing, including off-topic). Written for this set."""
from common import *


def f631():
    R = new('f631', 'missing', 'not_competent', ['prosecution'], ('2019-01-01', '2019-12-31'),
            S('Superintendencia Nacional de Aduanas y de Administración Tributaria', 'SUNAT', 'other'),
            'CARTA N° 000154-2020-SUNAT/1M0000', [], '2020-01-31',
            'carta, not competent, no referral')
    top(R, ['SUPERINTENDENCIA NACIONAL DE ADUANAS Y DE ADMINISTRACIÓN TRIBUTARIA', 'Oficina de Transparencia'], 2020,
        'Lima, 31 de enero de 2020', 'CARTA N° 000154-2020-SUNAT/1M0000')
    to(R, ['Señor', 'CÉSAR LOAYZA VERA', 'Presente.-'])
    R.p('Nos dirigimos a usted con relación a su solicitud de información sobre las denuncias por trata de personas detectadas '
        'en puestos de control aduanero en 2019. Al respecto, cumplimos con indicarle que la investigación y registro de dicho '
        'delito no forman parte de las funciones de esta Superintendencia, por lo que no resulta posible atender su pedido.', align='j')
    R.p('Atentamente,')
    R.sign('ABOG. ELENA ZEVALLOS CÁRDENAS', 'Funcionaria Responsable de Entregar la Información')


def f632():
    R = new('f632', 'missing', 'acknowledgment', ['protection'], None,
            S('Ministerio de Salud', 'MINSA', 'ministry'),
            'CARGO N° 2020-004512', [], '2020-02-05',
            'receipt slip (cargo) with stamp, no period stated')
    R.header(['MINISTERIO DE SALUD', 'Oficina de Atención al Ciudadano y Gestión de Reclamos'])
    R.p('CARGO N° 2020-004512', bold=True, align='c', size=13)
    R.stamp(['MINSA', 'MESA DE PARTES', 'RECIBIDO', '05 FEB 2020'], align='right')
    R.p('Se deja constancia de la recepción de la solicitud de acceso a la información pública presentada por la señora '
        'GLADYS YUPANQUI TORRES, referida a la atención en salud mental de víctimas de trata de personas.', align='j')
    R.p('La solicitud será derivada al órgano que posee la información. El plazo de atención se computa conforme a ley.', align='j')
    R.p('Lima, 05 de febrero de 2020')
    R.p('Atendido por: Ventanilla 3', size=9)


def f633():
    R = new('f633', 'missing', 'clarification', ['prevention', 'governance'], None,
            S('Gobierno Regional Piura', 'GORE Piura', 'regional_government'),
            'CARTA N° 024-2021/GRP-110000', ['Expediente N° 00876-2021'], '2021-01-19',
            'carta asking the requester to specify the request')
    top(R, ['GOBIERNO REGIONAL PIURA', 'Secretaría General'], 2021,
        'Piura, 19 de enero de 2021', 'CARTA N° 024-2021/GRP-110000')
    to(R, ['Señor', 'ROBERTO SEMINARIO CASTRO', 'Presente.-'])
    R.p('Me dirijo a usted en relación con el Expediente N° 00876-2021, mediante el cual solicita "toda la información sobre trata '
        'de personas". A fin de atender su pedido, se le solicita precisar el periodo, la unidad orgánica y el tipo de documento '
        'requerido, dentro del plazo de dos días hábiles, bajo apercibimiento de archivarse su solicitud.', align='j')
    R.p('Atentamente,')
    R.sign('ABOG. LUIS ALBERTO CHUNGA ZAPATA', 'Secretario General')


def f634():
    R = new('f634', 'missing', 'denied_exception', ['prosecution'], ('2020-01-01', '2020-12-31'),
            S('Ministerio Público - Fiscalía Provincial Especializada en Delitos de Trata de Personas de Lima', 'MP', 'autonomous'),
            'OFICIO N° 412-2021-MP-FN-FPETP-LIMA', [], '2021-02-22',
            'oficio denying access under art. 17 (reserved investigation)')
    top(R, ['MINISTERIO PÚBLICO', 'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Lima'], 2021,
        'Lima, 22 de febrero de 2021', 'OFICIO N° 412-2021-MP-FN-FPETP-LIMA')
    to(R, ['Señora', 'DANIELA FLORES OSORIO', 'Presente.-'])
    R.p('En atención a su solicitud de copias de las disposiciones fiscales emitidas en las investigaciones por trata de personas '
        'iniciadas en 2020, se le comunica que dicha información se encuentra exceptuada del acceso público, conforme al numeral '
        '4 del artículo 17 del Texto Único Ordenado de la Ley N° 27806, por tratarse de investigaciones en trámite cuya publicidad '
        'podría afectar la actividad persecutoria del Estado y la identidad de las víctimas.', align='j')
    R.p('Atentamente,')
    R.sign('DRA. KARINA OBANDO VELA', 'Fiscal Provincial')


def f635():
    R = new('f635', 'missing', 'no_information', ['prevention'], ('2020-01-01', '2020-12-31'),
            S('Comisión Nacional para el Desarrollo y Vida sin Drogas', 'DEVIDA', 'other'),
            'Letter No. 000067-2021-DV-OAI', [], '2021-02-12',
            'English letter, no information held', lang='en')
    R.header(['NATIONAL COMMISSION FOR DEVELOPMENT AND LIFE WITHOUT DRUGS - DEVIDA', 'Access to Information Office'])
    R.p('Lima, February 12, 2021', align='r')
    R.p('Letter No. 000067-2021-DV-OAI', bold=True)
    R.p('Mr. Thomas Brenner\nBerlin, Germany', after=8)
    R.p('Dear Mr. Brenner,')
    R.p('Regarding your request for information on trafficking-prevention activities carried out by DEVIDA in coca-growing areas '
        'during 2020, we regret to inform you that, after a search of our records, this institution holds no information on the '
        'matter.', align='j')
    R.p('Sincerely,')
    R.sign('Ms. Rocío Pacheco Lazo', 'Officer responsible for access to information')


def f636():
    R = new('f636', 'missing', 'off_topic', [], None,
            S('Municipalidad Provincial de Arequipa', 'MPA', 'provincial_municipality'),
            'RESOLUCIÓN DE GERENCIA N° 0587-2021-MPA/GDE', [], '2021-06-07',
            'resolution on a business licence fine; money in prose; not about trafficking')
    top(R, ['MUNICIPALIDAD PROVINCIAL DE AREQUIPA', 'Gerencia de Desarrollo Económico'], 2021,
        'Arequipa, 07 de junio de 2021', 'RESOLUCIÓN DE GERENCIA N° 0587-2021-MPA/GDE')
    R.p('VISTO:', bold=True)
    R.p('El recurso de reconsideración presentado por la empresa Inversiones Misti S.A.C. contra la multa impuesta por funcionar '
        'sin licencia de funcionamiento.', align='j')
    R.p('CONSIDERANDO:', bold=True)
    R.p('Que la multa impuesta asciende a ' + M('S/ 4,400.00', 4400.0) + ', equivalente al ' + P('100%', 100.0) +
        ' de una UIT, y que la administrada ha acreditado haber tramitado la licencia dentro del plazo;', align='j')
    R.p('SE RESUELVE:', bold=True)
    R.p('ARTÍCULO PRIMERO.- Declarar FUNDADO en parte el recurso, reduciendo la multa a ' + M('S/ 1,100.00', 1100.0) + '.', align='j')
    R.sign('ECON. MARCO RIVERA BEGAZO', 'Gerente de Desarrollo Económico')


def f637():
    R = new('f637', 'missing', 'off_topic', [], None,
            S('Servicio Nacional de Meteorología e Hidrología del Perú', 'SENAMHI', 'other'),
            'OFICIO N° D000215-2020-SENAMHI-DZ5', [], '2020-09-14',
            'oficio about weather station data; counts; not about trafficking')
    top(R, ['SERVICIO NACIONAL DE METEOROLOGÍA E HIDROLOGÍA DEL PERÚ', 'Dirección Zonal 5'], 2020,
        'Cajamarca, 14 de septiembre de 2020', 'OFICIO N° D000215-2020-SENAMHI-DZ5', dec=True)
    to(R, ['Señor', 'ING. ALFREDO CHÁVEZ MORILLO', 'Presente.-'])
    R.p('En atención a su solicitud, se remiten los registros de precipitación de ' + C('7', 7, 'estación') +
        ' estaciones meteorológicas de la región Cajamarca, que comprenden ' + C('2 555', 2555, 'registro') +
        ' registros diarios, en formato digital.', align='j')
    R.p('Atentamente,')
    R.sign('ING. ROSA MEDINA ALCALDE', 'Directora Zonal 5')


def f638():
    R = new('f638', 'missing', 'off_topic', [], None,
            S('Subsecretaría de Desarrollo Regional y Administrativo', 'SUBDERE', 'foreign'),
            'OFICIO ORD. N° 1874', [], '2021-07-21',
            'Chilean oficio ordinario (foreign), Spanish, money in CLP; not about trafficking',
            notes='Chilean institution; pesos chilenos written with $.')
    R.header(['GOBIERNO DE CHILE', 'MINISTERIO DEL INTERIOR Y SEGURIDAD PÚBLICA', 'SUBSECRETARÍA DE DESARROLLO REGIONAL Y ADMINISTRATIVO'], align='l')
    R.p('OFICIO ORD. N° 1874', bold=True)
    R.p('ANT.: Solicitud de acceso a información N° AB001T0012345.\nMAT.: Responde solicitud sobre transferencias del Fondo Común Municipal.', size=10)
    R.p('SANTIAGO, 21 de julio de 2021', after=6)
    R.p('DE: SUBSECRETARIA DE DESARROLLO REGIONAL Y ADMINISTRATIVO\nA: SR. PABLO CONTRERAS MUÑOZ', size=10)
    R.p('1. En respuesta a su solicitud, informo que durante 2020 se transfirió a la comuna de Valparaíso un monto de '
        + M('$ 12.480.350.000', 12480350000.0, y=2020, r='e', cur='CLP') + ' por concepto del Fondo Común Municipal.', align='j')
    R.p('2. Dichos recursos representan un ' + P('3,1%', 3.1, y=2020) + ' del total distribuido a nivel nacional.', align='j')
    R.p('Saluda atentamente a usted,')
    R.sign('MARÍA PAZ TRONCOSO', 'Subsecretaria de Desarrollo Regional y Administrativo')


def f639():
    R = new('f639', 'missing', 'off_topic', [], None,
            S('Comisión de Promoción del Perú para la Exportación y el Turismo', 'PROMPERÚ', 'other'),
            'Letter No. 0112-2022-PROMPERU/GG', [], '2022-05-09',
            'English letter about trade-fair participation; counts and USD; not about trafficking', lang='en')
    R.header(['PROMPERÚ', 'Commission for the Promotion of Peru for Export and Tourism'])
    R.p('Lima, May 9, 2022', align='r')
    R.p('Letter No. 0112-2022-PROMPERU/GG', bold=True)
    R.p('Mr. Daniel Okafor\nEvents Director, Global Food Expo', after=8)
    R.p('Dear Mr. Okafor,')
    R.p('We confirm that the Peru pavilion at the 2022 edition of your fair will host ' + C('24', 24, 'exporter', y=2022) +
        ' Peruvian exporters, and that our participation budget amounts to ' + M('US$ 186,000', 186000.0, y=2022, r='a', cur='USD') + '.', align='j')
    R.p('Best regards,')
    R.sign('Ms. Isabel Carrasco Núñez', 'General Manager')


def f640():
    R = new('f640', 'missing', 'acknowledgment', ['governance'], ('2021-01-01', '2021-12-31'),
            S('Gobierno Regional de Junín', 'GRJ', 'regional_government'),
            None, [], '2022-01-11',
            'automatic e-mail acknowledgment from the virtual front desk, printed to PDF',
            notes='No reference line; the expediente number 2022-00381 is the registration of the request itself.')
    R.p('Gmail', size=8, color=(90, 90, 90), after=0)
    R.p('Mesa de Partes Virtual - GRJ <mesadepartes@regionjunin.gob.pe>\n11 ene. 2022, 09:17\npara mí', size=9, after=8)
    R.p('Asunto: Registro de solicitud - Expediente 2022-00381', bold=True)
    R.p('Estimado(a) ciudadano(a):', after=4)
    R.p('Su solicitud de acceso a la información pública sobre las sesiones de la Comisión Regional contra la Trata de Personas '
        'del año 2021 ha sido registrada en la Mesa de Partes Virtual del Gobierno Regional de Junín con el expediente '
        '2022-00381. Será atendida por la unidad orgánica competente.', align='j')
    R.p('Este es un mensaje automático; por favor no responda a este correo.', size=9, italic=True)
