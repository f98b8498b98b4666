# METADATA
# title: Vocabulary
# description: >
#   Concepts that rules look for, each as a list of RE2 patterns over
#   Statement.norm (lower case, accents removed), in English and Spanish and
#   with the synonyms that policies use in practice.
package soc2lint.lib.vocab

# mentions is true when norm matches any pattern of concept.
mentions(norm, concept) if {
	some pattern in patterns[concept]
	regex.match(pattern, norm)
}

# first_match returns the first text that a pattern of concept matches in
# norm, for quoting in messages.
first_match(norm, concept) := found if {
	matches := [m |
		some pattern in patterns[concept]
		some m in regex.find_n(pattern, norm, 1)
	]
	found := matches[0]
}

patterns := {
	# Authentication and identity.
	"mfa": [
		`\bmfa\b`, `multi-?factor`, `two-?factor`, `\b2fa\b`, `\b2-?step\b`,
		`two-?step verification`, `second factor`, `one-time (password|code)s?`, `\botp\b`,
		`hardware (security )?keys?`, `security keys?`, `fido2?`, `webauthn`, `passkeys?`,
		`autenticacion (multifactor|multi-factor|de (dos|multiples) factores|en dos (pasos|factores))`,
		`doble factor`, `segundo factor`, `verificacion en dos pasos`,
	],
	"privileged_scope": [
		`privileged`, `\badmin`, `administrat`, `\broot\b`, `superuser`, `production`,
		`\bconsoles?\b`, `databases?`, `\bremote\b`, `\bvpn\b`, `\bssh\b`, `bastion`,
		`infrastructure`, `cloud (provider|accounts?|platform)`,
		`privilegiad`, `administrador`, `produccion`, `consola`, `bases? de datos`,
		`(acceso|conexion) remot`, `infraestructura`,
	],
	"universal_scope": [
		`\ball (users|accounts|user accounts|workforce|personnel|employees|staff|systems|access|logins?|sign-?ins?)\b`,
		`\bevery (user|account|sign-?in|login)\b`, `\beach (user|account)\b`,
		`\btod[oa]s (los|las) (usuarios|cuentas|accesos|sistemas|empleados)`, `\btodo acceso`,
	],
	"unique_ids": [
		`unique (user )?(ids?|identifiers?|identit|accounts?|user ?names?|credentials)`,
		`(own|individual|named|personal|dedicated) (named |user |personal )?(accounts?|ids?|credentials|logins?)`,
		`shared (accounts?|credentials|logins?|ids?|passwords?)`, `generic (accounts?|logins?|ids?)`,
		`(account|credential)s? (must not|may not|shall not|cannot) be shared`,
		`identificador(es)? unico`, `cuentas? (individual|nominativa|personal|unica)`,
		`cuentas? (compartida|generica)`, `credenciales compartidas`,
	],
	"leaver": [
		`terminat`, `leavers?\b`, `offboard`, `departure`, `separation`, `separated`, `leaves? the (company|organi)`,
		`last (working )?day`, `end of (employment|engagement|contract)`, `exit(ing)? (employee|staff|personnel)`,
		`\bbajas?\b`, `desvincula`, `\bcese\b`, `salida de`, `fin de (la )?(relacion|contrato)`, `ultimo dia`,
	],
	"access_removal": [
		`disabl`, `revok`, `remov`, `deactivat`, `deprovision`, `de-provision`, `suspend`, `delet`, `terminate (their |all )?access`,
		`revoca`, `desactiva`, `elimina`, `deshabilita`, `suspend`, `retira`, `dar de baja`, `bloquea`,
	],
	"access_grant": [
		`access requests?`, `request(s|ing|ed)? access`, `(grant|provision)(s|ed|ing)? (of )?(the )?access`,
		`access (is|are) (granted|provisioned)`, `provisioning`, `new (user )?accounts?`, `new (hires?|joiners?)`,
		`accounts? (shall|must|will|are|is) (only )?(be )?(created|set up|issued|enabled)`, `(creat|issu|set)\w* (up )?(user )?accounts?`,
		`access (changes?|rights?|privileges?) (are|is|must be|shall be) (requested|granted|assigned)`, `request and approve access`,
		`(cuentas?|usuarios?) (se|deben|debera|deberan) (crear|dar de alta|habilitar)`, `creacion de (cuentas|usuarios)`,
		`solicitud(es)? de acceso`, `(otorga|concede|asigna)\w* (el |los )?(acceso|permiso)`, `alta de usuarios?`, `aprovisionamiento`,
	],
	"approval": [
		`approv`, `authori[sz]`, `sign-?off`, `aprob`, `autoriza`, `visto bueno`,
	],
	"access_review": [
		`(user |account |logical |privileged )?access (rights |right |permission )?(reviews?|recertification|certification)`,
		`review(s|ed|ing)? (of )?(the |all |user |users' |privileged )*(access|accounts|permissions|entitlements)`,
		`(access|accounts|permissions|entitlements) (are|is|will be|must be|shall be) (re)?(reviewed|recertified|certified)`,
		`recertif`, `entitlement reviews?`, `user access audits?`,
		`revision(es)? (periodica(s)? )?de (los )?(accesos|permisos|cuentas|privilegios)`,
		`revisa\w* (\w+ ){0,2}(los |las |sus )?(accesos|permisos|privilegios|cuentas de usuario)`, `recertificacion`,
		`(accesos|permisos|privilegios)( de (los )?usuarios)? (se revisan|son revisados|deben revisarse|deben ser revisados|se recertifican)`,
	],
	# Facilities, for telling physical access reviews from user access reviews.
	"physical_site": [
		`physical`, `\bbadges?\b`, `key ?cards?`, `\bdoors?\b`, `\bfacilit(y|ies)\b`, `premises`, `data ?cent(er|re)s?`, `server rooms?`, `\bbuildings?\b`,
		`fisic[oa]s?\b`, `tarjetas? de acceso`, `instalaciones`, `centros? de (datos|proceso de datos)`, `\bpuertas?\b`, `\bedificios?\b`,
	],
	"logical_access": [
		`\buser (access|accounts?)\b`, `logical`, `\b(systems?|applications?|databases?|network|cloud|production) (access|accounts?)\b`, `\baccess to (the )?(systems?|applications?|data|databases?|production)\b`, `privileged`, `entitlements?`,
		`accesos? (de (los )?usuarios|logicos?|a (los )?(sistemas|aplicaciones|datos))`, `cuentas de usuario`, `privilegiad`,
	],
	# Frequencies and deadlines, as a fallback to the annotator.
	"frequency": [
		`\b(daily|weekly|fortnightly|monthly|quarterly|annually|yearly|biannually|semi-?annually|bi-?annually)\b`,
		`\b(annual|quarterly|monthly|weekly|semi-?annual|bi-?annual)\b`,
		`\b(every|each|once (a|per|every)|at least (once )?(a|per|every)|twice (a|per)|per) (\d+ |one |two |three |four |six |twelve |calendar |financial |fiscal )?(days?|weeks?|months?|quarters?|years?)\b`,
		`\b(diari|semanal|quincenal|mensual|trimestral|semestral|anual)`,
		`\bcada (\d+ |un |una |dos |tres |cuatro |seis |doce )?(dias?|semanas?|mes|meses|trimestres?|anos?)\b`,
		`\b(una|dos) vez (al|por) (ano|mes|trimestre)`, `\buna vez al (ano|mes|trimestre)`, `\bal menos (una vez )?(al|por) (ano|mes|trimestre)`,
	],
	"deadline": [
		`\bwithin (\d+|one|two|three|four|five|seven|ten|fourteen|thirty|twenty-four|forty-eight|seventy-two) (minutes?|hours?|h|hrs|business days?|working days?|calendar days?|days?|weeks?)\b`,
		`\b(immediately|promptly upon|same (business |working )?day|on (or before )?the last day|at the (moment|time)|next (business|working) day|end of the (next )?(business|working) day|no later than)\b`,
		`\b\d+ ?(h|hrs|hours|horas)\b`,
		`\b(inmediatamente|de inmediato|en el mismo dia|(dentro de|en un plazo( maximo)? de|antes de) (las )?\d+ (horas|dias)|siguiente dia (habil|laborable)|el ultimo dia)\b`,
	],
	"vague": [
		`\bperiodic(ally)?\b`, `\bas (needed|necessary|required|appropriate)\b`, `\bregular(ly)?\b`, `\bat regular intervals\b`,
		`\bfrom time to time\b`, `\bon an? (ongoing|regular|periodic|as-needed) basis\b`, `\bwhen(ever)? (appropriate|necessary)\b`,
		`\bperiodica(mente)?\b`, `\bregular(mente)?\b`, `\bsegun (sea )?(necesario|corresponda|se requiera)\b`,
		`\bcuando (sea )?(necesario|corresponda|se considere)\b`, `\bde (vez|forma) (en cuando|periodica)\b`, `\bocasionalmente\b`,
	],
	"weak_hedge": [
		`strongly (encouraged|recommended|advised)`, `\bencouraged\b`, `\brecommended\b`, `\bwhere (possible|feasible|practical|practicable|supported)\b`,
		`\bif (possible|feasible|practical|supported)\b`, `\bwhere the (tool|tooling|system|platform|service|application)s? supports? it\b`,
		`\boptional(ly)?\b`, `\bat (the|their) discretion\b`, `\bbest effort\b`, `\bideally\b`, `\bpreferably\b`,
		`\bse recomienda\b`, `\brecomendad[oa]\b`, `\bsiempre que sea posible\b`, `\bcuando sea posible\b`, `\bopcional\b`, `\bse (anima|aconseja|sugiere)\b`, `\bpreferiblemente\b`,
	],
	"negation": [
		`\b(not|never|cannot|can't|nobody|no one|no person|no individual|neither|prohibited|forbidden|disallowed)\b`,
		`\b(no (puede|podra|pueden|podran|debe|deben|se permite)|nunca|nadie|ningun|prohibid)`,
	],
	# Encryption.
	"encryption": [
		`encrypt`, `cryptograph`, `\bcipher`, `\btls\b`, `\bssl\b`, `https`, `\bssh\b`, `\bsftp\b`, `ipsec`, `\baes\b`,
		`cifra`, `encripta`, `criptograf`,
	],
	"transit": [
		`in transit`, `in motion`, `\btls\b`, `\bhttps\b`, `\bssh\b`, `\bsftp\b`, `\bftps\b`, `ipsec`, `\bssl\b`,
		`(transmi|transfer|traffic|sent|send|communicat|connections?|over (the )?(internet|public|untrusted|external)|networks?)`,
		`en transito`, `transmision`, `transferencia`, `trafico`, `redes? (publica|externa)`,
	],
	"at_rest": [
		`at rest`, `stored data`, `data (is|are) stored`, `(disk|volume|database|storage|backup|laptop|device|endpoint)s? (encryption|(are|is|must be|shall be) encrypted)`,
		`full[- ]disk`, `filevault`, `bitlocker`, `encrypted (storage|volumes?|disks?|databases?|backups?)`,
		`en reposo`, `almacenad`, `cifrado de (disco|discos|bases de datos|copias)`,
	],
	# Change management.
	"self_approval": [
		`(approve|approves|merge|merges|deploy|deploys|release|releases) (their|his or her|his|her|its) own`,
		`self-?(approv|merg|review)`, `own (changes?|pull requests?|prs?|merge requests?|code) (without|with no)`,
		`author(s)? (may|can|is allowed to|are allowed to|is permitted to|are permitted to) (also )?(approve|merge|self)`,
		`(without|with no|no) (a )?(second|separate|independent|peer) (review|approval|approver|reviewer)`,
		`aprob\w* (sus|su) propi`, `autoaprob`, `sin (una )?(segunda |otra )?(revision|aprobacion)`, `el autor puede (aprobar|fusionar|desplegar)`,
	],
	"independent_approval": [
		`(peer|independent|second|separate|another|other than the (author|developer|requester)|different) (review|approv|engineer|person|reviewer|approver)`,
		`(reviewed|approved) by (someone|a person|an engineer|a reviewer|at least one|another|a second|a peer|the change advisory board|the cab)`,
		`change advisory board`, `\bcab\b`, `segregation of duties`, `four[- ]eyes`, `two-person`, `code owners?`,
		`other than (its|the|their|his or her) (own )?(author|developer|requester|creator|submitter|implementer)`,
		`distint\w* (del|al|de la) (autor|autora|desarrollador|solicitante|persona que)`,
		`revision (por pares|independiente)`, `(aprobad|revisad)\w* por (otr|un segundo|una persona distinta|el comite)`, `segregacion de funciones`, `cuatro ojos`,
	],
	"testing": [
		`\btest`, `\bqa\b`, `quality assurance`, `staging`, `pre-?production`, `\buat\b`, `validat`, `verif`,
		`prueba`, `preproduccion`, `entorno de pruebas`, `validacion`,
	],
	"emergency_change": [
		`emergency`, `hot-?fix`, `urgent changes?`, `break-?glass`, `expedited`, `emergencia`, `urgente`,
	],
	# Incident response.
	"incident_severity": [
		`severity`, `\bsev ?[0-4]\b`, `\bp[0-4]\b`, `priority (level|rating|classification|[0-4])`, `(incident|event) (classification|categori|prioriti|triage levels?)`,
		`classif\w* (of )?(the )?incidents?`, `(critical|high), (high|medium), (medium|low)`,
		`severidad`, `criticidad`, `prioridad`, `clasificacion de(l| los)? incidentes?`, `categoriza\w* (de )?(los )?incidentes?`,
	],
	"notify": [
		`notif`, `inform`, `communicat`, `contact`, `alert`, `disclos`, `report(s|ed|ing)? (to|the incident to)`, `tell`, `advis`,
		`comunica`, `avis`, `report\w* a`,
	],
	"external_party": [
		`customers?`, `clients?`, `regulat`, `authorit`, `affected (individuals|parties|people|persons|users|data subjects|third parties|organi)`,
		`data subjects?`, `law enforcement`, `supervisory`, `data protection (authority|officer)`, `\bcisa\b`, `\bico\b`, `partners?`,
		`clientes?`, `regulador`, `autoridad`, `afectad`, `interesados`, `titulares de (los )?datos`, `(fuerzas|cuerpos) de seguridad`,
	],
	"lessons_learned": [
		`lessons? learn`, `post-?incident`, `post-?mortem`, `retrospective`, `root[- ]cause`, `after-?action`, `incident review`,
		`lecciones aprendidas`, `causa raiz`, `revision (posterior|post-?incidente)`, `analisis post`,
	],
	"incident_roles": [
		`incident (lead|commander|manager|coordinator|owner|response team|handler)`, `\b(cs|ir|si)irt\b`, `\birt\b`,
		`roles? and responsibilit`, `responsibilit`, `on-?call`, `response team`,
		`equipo de respuesta`, `roles y responsabilidades`, `responsable (del|de la gestion del) incidente`, `responsabilidades`,
	],
	# Continuity.
	"backup": [
		`backups?`, `back(ed)? up`, `snapshots?`, `replicat`, `point-in-time`, `\bpitr\b`,
		`copias? de (seguridad|respaldo)`, `respaldos?`, `resguardo`, `replica`,
	],
	"recovery": [
		`restor`, `recover`, `\bdr\b`, `disaster`, `failover`, `fail-over`, `continuity`, `backups?`, `\brto\b`, `\brpo\b`,
		`restaura`, `recupera`, `desastre`, `continuidad`, `copias? de (seguridad|respaldo)`, `conmutacion`,
	],
	"test_exercise": [
		`\btest`, `\bexercis`, `\bdrills?\b`, `rehears`, `tabletop`, `simulat`, `\bvalidat`,
		`prueba`, `simulacro`, `ejercicio`, `ensayo`, `valida`,
	],
	# Vendors.
	"vendor": [
		`vendors?`, `suppliers?`, `third[- ]part`, `service providers?`, `subprocessors?`, `sub-processors?`, `outsourc`,
		`proveedor`, `terceros`, `subcontratist`, `encargados? del tratamiento`,
	],
	"independent_assurance": [
		`\bsoc ?(1|2|3|one|two)\b`, `soc reports?`, `\bssae ?(16|18)\b`, `\bisae ?3402\b`, `iso(/iec)? ?27001`, `\biso ?27\d{3}\b`,
		`independent (assurance|audit|attestation|assessment|certification)`, `third[- ]party (audit|attestation|certification|assurance)`,
		`attestation reports?`, `audit reports?`, `(security|compliance) certifications?`, `pci[- ]dss`, `fedramp`, `penetration test (reports?|results?)`, `bridge letters?`,
		`(supplier|vendor|provider|third[- ]party)'?s?'? [^.;]{0,80}\bcertifications?\b`, `\bcertifications? (held|maintained|obtained) by`,
		`informes? soc`, `certificacion(es)?`, `auditoria(s)? (independiente|externa)`, `informes? de auditoria`,
	],
	"reassessment": [
		`re-?assess`, `re-?evaluat`, `re-?review`, `periodic (review|assessment|evaluation)`, `(annual|yearly|quarterly|ongoing) (review|assessment|evaluation|monitoring)`,
		`(vendors?|suppliers?|third parties|providers?) (are|is|will be|must be|shall be) (reviewed|assessed|evaluated|monitored)`,
		`review(s|ed)? (of )?(each |all |our |the |critical |existing )?(vendors?|suppliers?|third parties|providers?)`,
		`reevalua`, `revision periodica`, `(proveedores|terceros) (se )?(revisan|evaluan|son revisados|son evaluados)`, `seguimiento (anual|periodico)`,
	],
	# Risk.
	"risk_assessment": [
		`risk assessments?`, `assessments? of (the )?risks?`, `risk (analysis|analyses|review|evaluation)s?`, `assess(es|ing)? (the |all )?risks?`,
		`evaluacion(es)? de (los )?riesgos?`, `analisis de (los )?riesgos?`, `valoracion de (los )?riesgos?`, `evaluar (los )?riesgos?`,
	],
	"fraud": [
		`fraud`, `misappropriat`, `embezzl`, `(management )?override of controls`, `management override`, `bribery`, `corrupt (practices|payments?)`, `kickbacks?`,
		`falsif`, `manipulat\w* (of )?(financial )?(reports?|reporting|records|results)`,
		`fraude`, `malversacion`, `apropiacion indebida`, `soborno`, `corrupcion`, `elusion de controles`,
	],
	"change_trigger": [
		`significant (change|changes)`, `major (change|changes)`, `material (change|changes)`, `(new|changes? (in|to) (the )?)(products?|markets?|countr|regulat|technolog|business model|lines? of business|architecture|vendors?|leadership|services?)`,
		`acquisitions?`, `mergers?`, `divest`, `reorgani`, `(before|prior to|when|whenever|upon|after|following) (any |a |each |every )?(significant|major|material)`,
		`cambios? (significativ|importante|relevante|material)`, `nuevos? (productos?|mercados?|servicios?|pais)`, `adquisicion`, `fusion`, `reorganizacion`,
	],
	# Training.
	"training": [
		`training`, `awareness`, `phishing simulation`, `\bcourses?\b`, `e-?learning`,
		`formacion`, `capacitacion`, `concienciacion`, `sensibilizacion`, `concientizacion`, `curso`,
	],
	# Privacy.
	"privacy_complaints": [
		`complain`, `disputes?`, `grievance`, `\blodge\b`, `supervisory authority`, `data protection authority`, `escalat\w* (to|your)`,
		`queja`, `reclamacion`, `reclamo`, `denuncia`, `autoridad de (control|proteccion de datos)`, `\baepd\b`,
	],
	"personal_data": [
		`personal (data|information|info)`, `\bpii\b`, `personally identifiable`, `data subjects?`, `customer (data|information)`,
		`datos (personales|de caracter personal)`, `informacion personal`,
	],
	# Classification, retention and disposal.
	"classification_level": [
		`\bpublic\b`, `\binternal\b`, `\bconfidential\b`, `\brestricted\b`, `\bsecret\b`, `\bsensitive\b`, `\bhighly confidential\b`,
		`\bpublic[oa]\b`, `\binterno\b`, `\binterna\b`, `\bconfidencial\b`, `\brestringid[oa]\b`, `\bsecret[oa]\b`, `\bsensible\b`, `\buso interno\b`,
	],
	"retention": [
		`retain`, `retention`, `retained`, `kept for`, `keep(s)? (.+ )?for`, `stored for`, `preserv`, `archiv`,
		`(delet|purg|destroy|remov|eras)\w* (within|after|no later than) \w+ (days?|weeks?|months?|years?)`,
		`conserva`, `retencion`, `retenid`, `se guarda`, `almacena\w* durante`,
		`(elimin|borr|suprim|destru)\w* (en un plazo de|dentro de|tras|despues de|a mas tardar) `,
	],
	"retention_period": [
		`\b\d+ (years?|months?|days?)\b`, `\b(one|two|three|four|five|six|seven|eight|ten|twelve) (years?|months?)\b`,
		`\b\d+ (anos|ano|meses|mes|dias)\b`, `\b(uno|dos|tres|cuatro|cinco|seis|siete|diez|doce) (anos|meses)\b`,
	],
	"disposal": [
		`dispos`, `destr`, `shred`, `purg`, `sanitiz`, `sanitis`, `wipe`, `wiping`, `erase`, `erasure`, `crypto-?shred`, `degauss`, `nist (sp )?800-88`,
		`(securely|permanently|irreversibly) delet`, `delet\w* (at|after|when|once|upon) (the )?(end|expir|no longer)`, `anonymi[sz]`,
		`eliminacion segura`, `destruccion`, `destrui`, `borrado seguro`, `borra\w* de forma segura`, `anonimiza`, `elimina\w* (al|tras|una vez|cuando)`,
	],
	# Control activities that need a stated frequency, for vague wording.
	"vulnerability_scan": [
		`vulnerability (scan|assessment|management)`, `scan\w* (for )?vulnerabilit`, `patch(es|ing)?\b`, `penetration test`, `pen ?test`,
		`escaneo de vulnerabilidades`, `analisis de vulnerabilidades`, `parche`, `pruebas de penetracion`,
	],
	"policy_review": [
		`(this |the |these |all )?(policy|policies|procedures?|standards?|document) (is|are|will be|must be|shall be|should be) (reviewed|updated|revised)`,
		`review(ed|s)? (of )?(this|the|these) (policy|policies|document|procedures?)`,
		`(esta |la |las )?(politica|politicas|procedimientos?|documento) (se|sera|seran|debe|deben)? ?(revisad|revisa|actualiza)`,
	],
	"key_rotation": [
		`rotat\w* (of )?(the )?(keys?|secrets?|credentials|passwords?|certificates?)`, `(keys?|secrets?|credentials|passwords?) (are|is|must be|shall be|should be) (rotated|changed)`,
		`rotacion de (claves|credenciales|secretos|contrasenas)`,
	],
	"log_review": [
		`(logs?|audit trails?) (are|is|must be|shall be|should be) (reviewed|monitored|analy[sz]ed)`, `review\w* (of )?(the )?(security |audit |system )?logs?`,
		`revision de (los )?(registros|logs)`, `(registros|logs) (se )?revisan`,
	],
	"internal_audit": [
		`internal audits?`, `(controls?|compliance) (are|is|must be|shall be|should be) (audited|tested|assessed)`, `audit(s|ed)? (of )?(the )?controls?`,
		`auditoria(s)? interna`,
	],
	"capacity_review": [
		`capacity (review|planning|management|monitoring)`, `(review|monitor)\w* (of )?(the )?capacity`, `revision de (la )?capacidad`, `planificacion de (la )?capacidad`,
	],
	"backup_activity": [
		`back(ed)? up`, `backups? (are|is|must be|shall be|should be) (taken|performed|run|made|created)`, `(take|perform|run)s? backups?`,
		`(se )?(realizan|hacen|toman) copias de seguridad`, `copias de seguridad (se )?(realizan|hacen|toman)`, `respald`,
	],
	"recovery_test": [
		`(test|exercis|rehears|drill|validat|verif)\w* (of |the |our |that )*(backups?|restor|recover|disaster|dr\b|failover|continuity|bcp)`,
		`(restore|recovery|dr|disaster recovery|failover|continuity|bcp) (tests?|testing|exercises?|drills?)`,
		`prueba\w* de (restauracion|recuperacion|continuidad|copias)`, `simulacros?`,
	],
	# Privacy notice elements and privacy practices (P1 to P8).
	"notice_collection": [
		`\b(we|the company|the organi[sz]ation) (may )?(collect|obtain|gather|receive)`, `(information|data) (that )?we (collect|obtain|gather|receive)`,
		`(categories|types|kinds) of (personal )?(data|information)`, `(data|information) (is|are) collected`,
		`\b(recopila|recoge|recogemos|obtenemos|tratamos)\b`, `datos que (recopilamos|recogemos|tratamos|obtenemos)`, `(categorias|tipos) de datos`,
	],
	"notice_purpose": [
		`how we use`, `purposes?`, `\buse[sd]? (your |the |this |personal |such )*(information|data) (to|for)\b`, `we use (it|them|this) (to|for)\b`,
		`finalidad`, `\bfines\b`, `para que (usamos|utilizamos)`, `(usamos|utilizamos) (sus |los |estos )?datos (para|con)`,
	],
	"notice_sharing": [
		`\bshar(e|es|ed|ing)\b`, `disclos`, `third[- ]part`, `service providers?`, `sub-?processors?`, `recipients?`, `\bsell\b`,
		`comparti`, `cesion`, `\bceder\b`, `destinatarios`, `terceros`, `encargados? del tratamiento`,
	],
	"privacy_choice": [
		`\bchoices?\b`, `\bconsent`, `opt[- ]?(in|out)`, `unsubscrib`, `withdraw`, `object to`, `do not sell`, `(cookie|marketing|communication) preferences`,
		`consentimiento`, `\boponerse\b`, `oposicion`, `darse de baja`, `\bretirar\b`, `\bopciones\b`, `preferencias`,
	],
	"privacy_contact": [
		`\bcontact`, `[a-z0-9._-]+@[a-z0-9.-]+`, `email us`, `write to us`, `data protection officer`, `\bdpo\b`, `privacy (team|office|officer)`,
		`contacto`, `contactar`, `delegado de proteccion de datos`, `\bdpd\b`,
	],
	"notice_retention": [
		`\bkeep\w* (your |personal |the |this |such |account |customer |user )*(information|data|records)`, `how long`, `as long as`, `retain`, `retention`,
		`\b(kept|stored|deleted|erased) (for|after|within) (\d+|one|two|three|four|five|six|seven|ten|twelve) (days?|weeks?|months?|years?)`,
		`conserva`, `cuanto tiempo`, `plazo de conservacion`, `retencion`,
	],
	"subject_access": [
		`(access|copy of) (to )?(the |your |their |any |all )?(personal )?(information|data)`, `right (of|to) access`, `subject access`, `\bdsars?\b`,
		`(request|obtain|receive) (a copy|access)`, `see (and update )?(your|their|the) (personal |account )?(information|data)`,
		`acceso a (sus|los) datos`, `derecho de acceso`, `copia de (sus|los) datos`, `acceder a (sus|los) datos`,
	],
	"subject_correction": [
		`\bcorrect(ed|ion|ing)?\b`, `rectif`, `\bamend`, `\bupdate (your|their|the|most of) `, `inaccura`,
		`rectificacion`, `rectificar`, `corregir`, `actualizar (sus|los) datos`,
	],
	"third_party_agreement": [
		`(contracts?|agreements?|terms|dpas?) (that |which )?(limit|require|bind|restrict|oblig|prohibit)`, `under (written |a |our )?(contracts?|agreements?)`,
		`contractual(ly)?`, `data processing (agreements?|addend)`, `\bdpas?\b`, `bound by`, `(sign|signed|execute|executed) (a |an )?(agreement|contract|nda)`,
		`contrato de encargo`, `acuerdos? de tratamiento`, `clausulas contractuales`, `(contrato|acuerdo) (que|por escrito)`, `mediante contrato`,
	],
	"purpose_limitation": [
		`\bonly (to the extent|as|what|for|the|personal|data|information|collect|use|process)`, `(collect|use|process)\w* only`, `(solely|exclusively) (for|to)`,
		`purposes? (identified|stated|described|specified|set out|disclosed|communicated|listed)`, `(necessary|needed|required|relevant) (for|to) (the |those |these |its )?(stated |identified |specified )?purposes?`,
		`purpose limitation`, `data minimi[sz]ation`, `minimum (necessary|amount)`, `no more (personal )?(data|information) than`, `compatible (purposes?|with)`,
		`limitacion de (la )?finalidad`, `minimizacion de (los )?datos`, `(unicamente|solo|exclusivamente) (para|con) (los |las )?(fines|finalidades)`,
		`finalidad(es)? (informad|indicad|declarad|especificad|determinad|explicit)`, `(estrictamente )?necesari\w* para (los |las )?(fines|finalidades)`,
	],
	"collection_verb": [
		`collect`, `obtain`, `gather`, `recopil`, `recog`, `obten`,
	],
	"use_verb": [
		`\buse[sd]?\b`, `\busing\b`, `process(ed|es|ing)?\b`, `tratamiento`, `\btrat(a|an|ar|ados?)\b`, `utiliz`, `\busad`, `\bus(o|amos|an)\b`,
	],
	"sensitive_data": [
		`special categor`, `sensitive (personal )?(data|information)`, `\bhealth\b`, `biometric`, `\bgenetic`, `racial`, `ethnic`, `religio`,
		`sexual orientation`, `political opinion`, `trade union`, `categorias especiales`, `datos sensibles`, `\bsalud\b`, `biometric`,
	],
	"explicit_consent": [
		`explicit (consent|permission|opt-?in)`, `express(ed)? (written )?(consent|permission)`, `opt-?in`, `affirmative consent`,
		`consentimiento (explicito|expreso)`,
	],
	"disclosure_record": [
		`(record|log|register|track|document)\w* (of )?(all |each |every |any )?(the )?(authori[sz]ed )?disclosures`,
		`disclosures? [^.;]{0,60}\b(are|is|must be|shall be) (recorded|logged|tracked|documented)`, `disclosure (logs?|registers?|records?)`,
		`record(s)? of processing`, `\bropa\b`, `registro de (las )?(actividades de tratamiento|cesiones|comunicaciones)`,
	],
	"unauthorized_disclosure": [
		`unauthori[sz]ed (disclosure|access|use|release|processing)`, `(personal data|privacy|data) breach`, `breach(es)? of (personal|privacy)`,
		`divulgacion no autorizada`, `acceso no autorizado`, `brechas? de (seguridad|datos)`, `violacion(es)? de (la )?seguridad de los datos`,
	],
	"record_verb": [
		`\brecord`, `\blog(s|ged)?\b`, `register`, `document(ed|s)?\b`, `\btrack`, `registr`, `document(a|ad)`, `anota`,
	],
	"disclosure_accounting": [
		`accounting of disclosures`, `(list|identity|names?|categories) of (the |our )?(current )?(third parties|recipients|sub-?processors|service providers)`,
		`sub-?processors? list`, `(third parties|recipients) (to whom|with whom)`,
		`(lista|relacion|categorias) de (los )?(destinatarios|subencargados|encargados|terceros)`, `destinatarios de (los|sus) datos`,
	],
	"breach_word": [
		`breach`, `incident`, `compromise`, `unauthori[sz]ed (disclosure|access)`, `brecha`, `incidente`, `violacion de (la )?seguridad`, `acceso no autorizado`,
	],
	"affected_individual": [
		`affected (individuals|persons|people|data subjects|users|customers)`, `data subjects?`, `individuals`, `\bconsumers\b`,
		`(personas|interesados|titulares|usuarios) afectad`, `\binteresados\b`, `titulares de (los )?datos`,
	],
	"data_quality": [
		`accura`, `up[- ]to[- ]date`, `\bcomplete and (accurate|current)`, `data quality`, `quality of (the )?(personal )?(data|information)`,
		`\bcorrect(ed|ion|ing)?\b`, `rectif`, `\bexact`, `actualizad`, `calidad de (los )?datos`, `exactitud`,
	],
	# Confidentiality.
	"confidentiality_agreement": [
		`non-?disclosure`, `\bndas?\b`, `confidentiality (agreements?|undertakings?|obligations|clauses?|terms|commitments?|requirements)`,
		`acuerdos? de confidencialidad`, `compromisos? de confidencialidad`, `clausulas? de confidencialidad`, `obligaciones de confidencialidad`, `deber de (confidencialidad|secreto)`,
	],
	"handling_rule": [
		`handl`, `\blabel`, `encrypt`, `(access|sharing|distribution|transmission|storage|printing) (is |are )?(restricted|limited|allowed|only|requires?)`,
		`need[- ]to[- ]know`, `tratamiento`, `etiquet`, `manipula`, `cifra`, `acceso restringido`, `necesidad de conocer`,
	],
	# Processing integrity (PI1).
	"processing_spec": [
		`(processing|system|functional|data|input|output) (specifications?|requirements|definitions)`, `data dictionar`, `(inputs?|outputs?|data elements?) (are|is) (defined|documented|specified)`,
		`definitions? of (the )?(inputs|outputs|data|processing)`, `especificaciones`, `diccionario de datos`, `definicion de (los )?(datos|procesos|entradas|salidas)`,
	],
	"input_validation": [
		`input (validation|controls?|checks?|edits?)`, `validat\w* (of )?(all )?(the )?(inputs?|data entry|data entered|submitted data|incoming)`,
		`(inputs?|data entry|data entered|submitted data|incoming (data|files|records)) (are|is|must be|shall be) (validated|checked|verified)`, `completeness and accuracy`,
		`validacion de (las )?entradas`, `(datos|ficheros|archivos) de entrada (se )?(validan|verifican|comprueban)`, `integridad y exactitud`, `exactitud e integridad`,
	],
	"processing_monitoring": [
		`(processing|job|batch|transaction)\w* (errors?|failures?|exceptions?)`, `error (handling|queues?|logs?|reports?)`, `exception (reports?|handling|queues?)`,
		`(monitor|track)\w* (of )?(the )?(processing|jobs?|batch(es)?|transactions)`, `(errors?|failures?) (are|is|must be|shall be) (logged|detected|corrected|reported|investigated|monitored)`,
		`errores de procesamiento`, `gestion de (errores|excepciones)`, `monitoriza\w* (del|de los) (procesamiento|procesos|trabajos)`, `(errores|fallos) (se )?(registran|corrigen|investigan)`,
	],
	"output_review": [
		`outputs? (are|is|must be|shall be) (reviewed|reconciled|checked|validated|verified)`, `reconcil`, `review\w* (of )?(the )?outputs?`, `(control|hash|batch) totals`,
		`conciliacion`, `\bconcilia`, `revision de (las |los )?(salidas|resultados)`, `(salidas|resultados) (se )?(revisan|verifican|validan)`,
	],
	"io_storage": [
		`(inputs?|outputs?|records|data|files) (are|is|must be|shall be) (stored|retained|kept|protected|archived)`, `stor\w* (of )?(the )?(inputs?|outputs?)`,
		`(entradas|salidas|registros|datos|ficheros) (se )?(almacenan|conservan|protegen|archivan)`, `almacenamiento de (las )?(entradas|salidas)`,
	],
	# Security practices (CC1, CC2, CC4 to CC9).
	"code_of_conduct": [
		`code of (business )?(conduct|ethics)`, `ethics (policy|code)`, `conduct policy`, `codigo (de )?(conducta|etico|etica)`,
	],
	"acknowledgement": [
		`acknowledg`, `\bsign(s|ed|ing)?\b`, `\baccept(s|ed|ance)?\b`, `attest`, `affirm`, `aceptacion`, `\bacepta`, `\bfirma`, `reconoc`,
	],
	"board_oversight": [
		`board of directors`, `\bboard\b`, `audit (and|&) risk committee`, `audit committee`, `(oversight|steering|governance|risk) (committee|board|body|group)`,
		`consejo de administracion`, `comite de (auditoria|direccion|seguridad|riesgos)`, `organo de (gobierno|administracion)`,
	],
	"personnel_screening": [
		`background (checks?|screening|investigations?|verification)`, `(pre-?employment|employment|personnel) screening`, `screen(ed|ing) (of )?(all )?(new )?(candidates|employees|hires|personnel|workforce)`,
		`reference checks?`, `job descriptions?`, `competenc(e|y|ies)`, `verificacion de antecedentes`, `comprobacion de antecedentes`, `investigacion de antecedentes`, `descripciones? de (puestos?|funciones)`,
	],
	"sanctions": [
		`disciplinary`, `sanction`, `(violations?|breach(es)?|non-?compliance) (of|with) (this|these|the|our|any|company)`, `termination of (employment|contract)`,
		`medidas disciplinarias`, `sancion`, `regimen disciplinario`, `incumplimiento`,
	],
	"roles_responsibilities": [
		`roles? (and|&) responsibilit`, `responsible for`, `accountable for`, `\bowns\b`, `reports? to\b`, `organi[sz]ational (structure|chart)`, `org chart`,
		`roles y responsabilidades`, `responsable de`, `estructura organizativa`, `organigrama`,
	],
	"security_logging": [
		`(audit|security|event|system|access|application) logs?\b`, `\blogging\b`, `log (management|retention|collection|files)`, `\bsiem\b`, `audit trails?`, `(events?|activit(y|ies))\b[^.;]{0,40}\b(are|is|must be|shall be) (centrally )?logged`,
		`registros? de (auditoria|eventos|acceso|seguridad|actividad)`, `pistas de auditoria`, `\blogs\b`,
	],
	"asset_inventory": [
		`(asset|system|hardware|software|information) inventor`, `inventory of (all )?(the )?([a-z-]+ ){0,3}(assets|systems|hardware|software|devices|laptops|endpoints)`, `configuration management database`, `\bcmdb\b`,
		`inventario de (activos|sistemas|equipos)`,
	],
	"security_monitoring": [
		`monitor\w* (of )?(the )?(systems?|networks?|infrastructure|security events|logs|activity|access|traffic|anomal|production)`, `\bsiem\b`,
		`intrusion (detection|prevention)`, `\bids\b`, `anomal`, `alert(s|ing)? (on|for|rules|when)`, `security (operations|monitoring)`, `\bedr\b`, `suspicious`,
		`monitoriz`, `supervision de (los )?(sistemas|eventos|redes)`, `deteccion de (intrusos|intrusiones|anomalias)`, `alertas`, `sospechos`,
	],
	"control_monitoring": [
		`internal audits?`, `(controls?|compliance) (are|is|must be|shall be|should be) (audited|tested|assessed|monitored)`, `audit(s|ed)? (of )?(the )?controls?`,
		`control (monitoring|testing|health|effectiveness|self-?assessments?)`, `continuous (control )?monitoring`, `compliance (monitoring|reviews?|audits?)`,
		`(effectiveness|operation) of (the |our |security )?controls`, `auditoria(s)? interna`, `supervision de (los )?controles`, `evaluacion(es)? (independientes|de (los )?controles)`,
	],
	"deficiency_tracking": [
		`deficienc`, `audit findings`, `non-?conformit`, `corrective actions?`, `remediation plans?`, `(findings|gaps|weaknesses) (are|is|must be|shall be) (tracked|reported|remediated|communicated|recorded)`,
		`deficiencias`, `no conformidad`, `acciones correctivas`, `hallazgos`,
	],
	"risk_treatment": [
		`risk treatment`, `\btreat(s|ed|ing)? (each |the |all )?risks?`, `\btreat\b`, `(mitigat|accept|transferr?|avoid)\w* (the |each |a )?risks?`, `treatment (plans?|options?|decisions?)`, `mitigation plans?`,
		`(select|implement)\w* controls? (to|that) (mitigate|address|reduce)`, `tratamiento (de|del) (los )?riesgos?`, `mitiga\w* (los |el )?riesgos?`,
		`(aceptar|transferir|evitar) (el |los )?riesgos?`, `plan(es)? de tratamiento`,
	],
	"physical_access": [
		`physical (access|security|safeguards|entry)`, `\bbadges?\b`, `key ?cards?`, `access cards?`, `(data ?cent(er|re)|office|facilit\w*|premises|server room|building)s? (access|security|entry)`, `\bcctv\b`, `locked (doors?|rooms?|server rooms?|entrances?)`, `(doors?|rooms?|entrances?) (are|is|must be|shall be|remain) locked`,
		`acceso fisico`, `seguridad fisica`, `tarjetas? de acceso`, `control de acceso fisico`, `\bcerradura`,
	],
	"visitor_control": [
		`visitors?`, `guests?`, `escort`, `sign-?in (log|sheet|book)`, `visitantes?`, `acompanad`, `registro de (visitas|entradas)`,
	],
	"asset_disposal": [
		`(dispos|destr|sanitiz|sanitis|wip|eras|degauss|shred|decommission)\w* (of )?(all |any )?(the )?(old |retired |used )?(devices?|media|hardware|equipment|laptops?|computers?|drives?|disks?|assets?|storage)`,
		`(devices?|media|hardware|equipment|laptops?|computers?|drives?|disks?|assets?) (are|is|must be|shall be) (securely )?(wiped|sanitized|sanitised|destroyed|erased|disposed|shredded|degaussed)`,
		`nist (sp )?800-88`, `certificates? of (destruction|disposal|sanitization)`, `(secure|certified) (disposal|destruction|data erasure)`,
		`(borrado|destruccion|eliminacion|desecho)\w* (segur[oa] )?de (los )?(equipos|dispositivos|soportes|medios|discos|activos)`, `(equipos|dispositivos|soportes|discos) (se )?(destruyen|borran|desechan)`,
	],
	"boundary_protection": [
		`firewall`, `network segment`, `segmentation`, `segregat\w* (of )?(the )?networks?`, `security groups?`, `network (acl|access control list)s?`, `\bwaf\b`, `\bdmz\b`, `\bddos\b`,
		`intrusion (detection|prevention)`, `(ingress|egress|inbound|outbound) (rules|filtering|traffic)`, `cortafuegos`, `segmentacion de (la )?red`, `segmentacion`,
	],
	"malware_protection": [
		`malware`, `anti-?virus`, `\bedr\b`, `endpoint (detection|protection|security)`, `(unapproved|unauthori[sz]ed|approved|unlicensed|prohibited) software`, `software (installation|allow-?list|whitelist)`,
		`application (allow-?list|whitelist|control)`, `malicious (code|software)`, `software malicioso`, `antivirus`, `codigo malicioso`, `software (no autorizado|aprobado|no aprobado)`,
	],
	"disruption_mitigation": [
		`(cyber|cyber-?security|cyber liability|liability|business interruption|errors and omissions) insurance`, `insurance (policy|policies|coverage|cover)`,
		`business continuity`, `continuity plan`, `disaster recovery`, `seguro (de )?(ciber|responsabilidad|interrupcion)`, `poliza de seguro`, `continuidad de(l)? negocio`, `recuperacion ante desastres`,
	],
	"objectives": [
		`(security|business|compliance|reporting|operational|operations|privacy|availability|confidentiality) objectives`, `objectives (are|is) (set|defined|approved|documented)`, `(sets?|defines?|establish(es)?|documents?|approves?) [^.;]{0,30}\bobjectives (for|covering)`,
		`objetivos (de|del) (seguridad|negocio|cumplimiento|la organizacion)`, `objetivos (se )?(definen|aprueban|documentan)`,
	],
	# Availability.
	"capacity": [
		`capacity`, `auto-?scal`, `load[- ]test`, `performance (monitoring|testing)`, `(cpu|memory|disk|storage) (usage|utili[sz]ation)`, `headroom`,
		`capacidad`, `escalado automatico`, `pruebas de carga`, `uso de (cpu|memoria|disco)`,
	],
	"environmental_protection": [
		`environmental (protections?|controls?|threats?|safeguards|monitoring)`, `fire (suppression|detection|protection)`, `\bups\b`, `uninterruptible power`, `generators?`, `\bhvac\b`,
		`cooling`, `\bflood`, `availability zones?`, `(cloud|hosting|data ?cent(er|re)|colocation|infrastructure) providers?`, `shared responsibility`,
		`proteccion(es)? ambientales?`, `extincion de incendios`, `\bsai\b`, `climatizacion`, `zonas de disponibilidad`, `proveedor(es)? (de )?(nube|cloud|alojamiento|infraestructura)`,
	],
}
