"""English phrase banks (replies from RREE and translated reports): TRAIN and HELDOUT.

Same slots as the Spanish banks; the two banks share no sentence.
"""

from tools.synth.phrases_train_extra import EN_AXIS, EN_TOPIC, widen

TRAIN = {
    "opening_neutral": ["I refer to your request for access to public information{per}."],
    "request_forms": ["Letter No. {n}-{y}-{acr}", "Request dated {long}"],
    "cover": ["Attached please find Report No. {inf}, which contains the information "
              "requested."],
    "nota_open": ["The {sender} presents its compliments to {cso} and, regarding its "
                  "request, wishes to report as follows."],
    "subject": ["Request for access to public information", "Reply to your request"],
    "opening": [
        "I have the honour to refer to your request for access to public information "
        "concerning the National Plan against Trafficking in Persons 2017-2021{per}.",
        "In reply to the request referenced above, please find below the information "
        "provided by the competent offices{per}.",
    ],
    "per_year": [" for the year {py}", ", covering {py}"],
    "per_range": [" for the period from {ps} to {pe}"],
    "axis": {
        "governance": [
            "The Ministry reported {c:meeting} meetings of the Multisectoral Commission against "
            "Trafficking in Persons held in {y}.",
            "In {y}, the budget allocated to actions under the National Plan was {m:allocated}, "
            "of which {m:executed} was executed.",
            "The regional network against trafficking held {c:meeting} meetings in {y} with "
            "the participation of {org}.",
            "Budget execution for the Plan reached {p} at the end of {y}.",
        ],
        "prevention": [
            "Information stands at border crossings reached {c:traveller} travellers during {y}, "
            "with a cost of {m:executed}.",
            "A total of {c:workshop} awareness workshops were held for secondary school "
            "students in {place} during {y}.",
            "Consular staff distributed information on the 1818 hotline to {c:person} "
            "persons travelling abroad.",
            "The Ministry trained {c:teacher} teachers to recognise early signs of recruitment.",
        ],
        "protection": [
            "In {y}, {c:shelter} shelters abroad received Peruvian victims referred by our "
            "consulates.",
            "Our consulates assisted {c:victim} Peruvian victims of trafficking abroad in {y}.",
            "The repatriation of {c:national} nationals was funded with {usd}.",
            "Shelter, legal and psychological assistance was provided to {c:victim} victims "
            "in coordination with {org}.",
        ],
        "prosecution": [
            "Labour inspectors from {org} carried out {c:inspection} inspections for forced "
            "labour in {y}.",
            "In {y}, the police registered {c:complaint} complaints of trafficking in persons.",
            "Joint operations with {org} led to the rescue of {c:person} persons in {y}.",
            "Some {c:prosecutor} prosecutors were trained in the investigation of trafficking "
            "cases.",
        ],
    },
    "null": {
        "governance": ["No specific budget was assigned to the Plan in {y}."],
        "prevention": ["No prevention activities were carried out in {y}."],
        "protection": ["No victims were assisted by our offices in {y}."],
        "prosecution": ["No complaints of trafficking were registered in {y}."],
    },
    "plans": {
        "governance": ["For {y}, a budget of {m:allocated} has been programmed for the Plan."],
        "prevention": ["For {y}, {c:workshop} workshops are planned in border areas."],
        "protection": ["For {y}, the opening of {c:shelter} new shelters is planned."],
        "prosecution": ["For {y}, {c:operation} joint operations are scheduled."],
    },
    "oop_intro": ["Please note that the available records cover only {ys}:"],
    "plans_intro": ["Activities on this subject are still being programmed, as follows:"],
    "topic": {
        "governance": "the budget and coordination of the Plan",
        "prevention": "prevention activities",
        "protection": "assistance to victims",
        "prosecution": "complaints and investigations",
        None: "action against trafficking in persons",
    },
    "missing": {
        "no_information": ["After a search of our records, no information was found on "
                           "{topic}."],
        "not_competent_referred": ["This matter falls within the competence of {org}, to "
                                   "which your request has been forwarded."],
        "not_competent": ["The information requested is outside the remit of this Ministry."],
        "acknowledgment": ["We acknowledge receipt of your request, registered under file "
                           "No. {exp}, which has been sent to the competent office."],
        "clarification": ["Please specify the period and the type of information you "
                          "require so that your request can be processed."],
        "denied_exception": ["The information requested is confidential under article 15 of "
                             "Law No. 27806, as it concerns ongoing investigations."],
    },
    "partial_none": ["As regards {other}, no information is available."],
    "restate": ["Your request concerns {topic}."],
    "closing": ["Please accept the assurances of my highest consideration.",
                "Thank you for your interest in this matter."],
    "table_intro": ["The details are shown in the table below:"],
    "antecedentes": ["By letter dated {rdate}, {cso} requested information on {topic}{per}."],
    "analysis_intro": ["Having reviewed the records of the offices concerned, we report:"],
    "conclusion": ["The request has been answered with the information available."],
    "conclusion_missing": ["The requester should be informed of the above."],
    "recommend": ["A copy of this report should be sent to the requester."],
    "victim": ["One of the cases concerns {victim}, whose identity is kept confidential."],
    "activity": {
        "governance": ["Network meetings", "Plan monitoring"],
        "prevention": ["School workshops", "Hotline outreach"],
        "protection": ["Consular assistance", "Shelter care"],
        "prosecution": ["Police operations", "Complaints registered"],
    },
}

widen(TRAIN, EN_AXIS, EN_TOPIC)

HELDOUT = {
    "opening_neutral": ["This concerns the inquiry you sent us{per}."],
    "request_forms": ["Your inquiry No. {n}-{y}-{acr}", "Online form of {long}"],
    "cover": ["We enclose Report No. {inf} with the answers to your questions."],
    "nota_open": ["The {sender} greets {cso} and conveys the reply to its inquiry."],
    "subject": ["Your information inquiry", "Information you asked for"],
    "opening": [
        "With reference to your letter, we are pleased to send you the data held by this "
        "office on the matter you raised{per}.",
        "Further to your inquiry, the Ministry wishes to share the following answers{per}.",
    ],
    "per_year": [" during calendar year {py}"],
    "per_range": [" between {ps} and {pe}"],
    "axis": {
        "governance": [
            "Spending on the anti-trafficking plan totalled {m:executed} in {y}, against an "
            "approved allocation of {m:allocated}.",
            "The multisectoral committee convened {c:meeting} meetings and reported its progress "
            "to {org}.",
        ],
        "prevention": [
            "Posters and leaflets warning against false job offers cost {m:executed} to produce "
            "in {y}.",
            "Outreach talks reached {c:student} students in rural communities of {place}.",
            "Thanks to an agreement with {org}, {c:teacher} teachers became trainers in {y}.",
        ],
        "protection": [
            "Legal counsel was arranged for {c:survivor} survivors who testified abroad.",
            "Emergency consular support was given to {c:survivor} survivors in {y}.",
            "Returning {c:national} nationals home cost {usd} in total.",
        ],
        "prosecution": [
            "Police units conducted {c:raid} raids in {place} in {y}.",
            "Prosecutors opened {c:investigation} new investigations, and {p} of them "
            "reached trial.",
        ],
    },
    "null": {
        "governance": ["The Plan received no dedicated funds in {y}."],
        "prevention": ["There were no awareness campaigns by this office in {y}."],
        "protection": ["Not a single survivor was referred to our services in {y}."],
        "prosecution": ["Records for {y} show no reported trafficking offences."],
    },
    "plans": {
        "governance": ["The draft budget for {y} sets aside {m:allocated} for the Plan."],
        "prevention": ["Some {c:session} outreach sessions are expected in {y}."],
        "protection": ["Additional {c:shelter} shelters should open in {y}."],
        "prosecution": ["About {c:raid} coordinated raids are foreseen for {y}."],
    },
    "oop_intro": ["Our database only holds figures for {ys}, reproduced here:"],
    "plans_intro": ["Work in this field will start soon, according to plan:"],
    "topic": {
        "governance": "funding and coordination",
        "prevention": "outreach and awareness",
        "protection": "care for survivors",
        "prosecution": "criminal investigations",
        None: "the fight against trafficking",
    },
    "missing": {
        "no_information": ["The offices consulted hold no data regarding {topic}."],
        "not_competent_referred": ["We have passed your letter on to {org}, which holds "
                                   "the data you seek."],
        "not_competent": ["Regrettably, {topic} lies beyond our mandate."],
        "acknowledgment": ["This is to confirm that your letter arrived and was logged as "
                           "No. {exp}."],
        "clarification": ["Kindly clarify which years and activities your inquiry covers."],
        "denied_exception": ["Disclosure is refused because the data belong to criminal "
                             "proceedings still in progress, as article 17 of Law No. 27806 "
                             "provides."],
    },
    "partial_none": ["We hold nothing on {other}."],
    "restate": ["You asked us about {topic}."],
    "closing": ["We remain at your disposal.", "We hope this answers your questions."],
    "table_intro": ["Summary figures:"],
    "antecedentes": ["On {rdate}, {cso} asked to know about {topic}{per}."],
    "analysis_intro": ["The consolidated answers are as follows:"],
    "conclusion": ["Your inquiry is hereby answered."],
    "conclusion_missing": ["Let the requester know the outcome stated here."],
    "recommend": ["Forward this report to the person who asked."],
    "victim": ["The files include that of {victim}, followed up in confidence."],
    "activity": {
        "governance": ["Committee sessions"],
        "prevention": ["Rural outreach"],
        "protection": ["Emergency support"],
        "prosecution": ["Police raids"],
    },
}
