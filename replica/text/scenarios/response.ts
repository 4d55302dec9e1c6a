// Government responses to an earlier breach: statements, investigations, accountability,
// rectification, new rules. The breach's facts (company, place, product) are carried over, so a
// response reads like a follow-up and shares words with the breach report.
import type { Scenario } from '../scenario.js';

export const RESPONSE_SCENARIOS: Scenario[] = [
  {
    id: 'response-statement',
    kind: 'response',
    sector: null,
    domain: null,
    channel: 'local',
    city: 'required',
    headlines: [
      '{city}通报{topic}调查处理情况',
      '{cityS}回应{topic}：已成立调查组[|，将依法依规严肃处理]',
      '[官方通报|情况通报]来了！{place}{topic}最新进展',
      '{topic}后续：{cityS}{n}名相关责任人被问责',
    ],
    leads: [
      '{dateline}{recent}，{city}就此前媒体报道的{topic}发布情况通报，称已成立由市纪委监委、{agency}等部门组成的联合调查组，对相关问题进行全面调查。',
      '{dateline}{recent}，针对{topic}，{city}有关部门作出回应，涉事企业{company}已被责令停业整顿，相关责任人员已被依法控制。',
      '{dateline}记者{recent}从{city}官方获悉，{topic}调查取得阶段性进展。',
    ],
    middles: [
      '通报称，经调查，{topic}反映的问题基本属实，暴露出属地监管不到位、日常检查流于形式等问题。',
      '目前，{cityS}已对负有监管责任的{n}名公职人员启动问责程序，其中1人被免职、2人被立案审查调查。',
      '{city}表示，将以此为鉴，在全市范围内开展专项整治，举一反三堵塞监管漏洞，并将整改情况及时向社会公布。',
      '涉事企业已被列入严重违法失信名单，依法实施联合惩戒，调查结果将向社会公开。',
      '{official}{person}说，对群众反映强烈的问题，要做到件件有着落、事事有回音。',
    ],
    endings: ['调查处理结果将及时向社会公布。', '本网将持续关注事件进展。', '{cityS}欢迎社会各界继续监督。'],
  },
  {
    id: 'response-rectification',
    kind: 'response',
    sector: null,
    domain: null,
    channel: 'local',
    city: 'required',
    headlines: [
      '举一反三！{city}开展专项整治 排查{n}家企业',
      '{topic}之后，{cityS}出台[新规|整改方案]堵漏洞',
      '{place}整改{topic}暴露问题：建立长效监管机制',
    ],
    leads: [
      '{dateline}{recent}，针对{topic}暴露出的问题，{city}印发专项整治方案，组织{agency}等部门对全市同类企业开展拉网式排查。',
      '{dateline}{recent}，{city}召开专题会议，部署{topic}整改工作，要求各地各部门深刻汲取教训。',
    ],
    middles: [
      '截至目前，已检查相关企业{n}家，发现问题隐患并督促整改，对{n2}家存在违法行为的企业立案查处。',
      '同时，当地出台加强行业信用监管的{doc}，将检查结果与企业信用等级挂钩。',
      '{official}{person}表示，整改不是“一阵风”，要形成制度性成果。',
    ],
    endings: ['整改落实情况将向社会公开。', '专项整治将持续三个月。'],
  },
  {
    id: 'response-accountability',
    kind: 'response',
    sector: null,
    domain: null,
    channel: 'politics',
    city: 'required',
    headlines: [
      '{city}纪委监委通报{topic}追责问责情况',
      '{topic}问责结果公布：{cityS}{n}名干部被处理',
      '{prov}{cityS}：对{topic}中失职失责人员严肃追责',
    ],
    leads: [
      '{dateline}{recent}，{city}纪委监委通报{topic}相关责任人员的问责情况，{n}名公职人员受到党纪政务处分。',
      '{dateline}{recent}，{city}公布{topic}调查报告，认定这是一起[责任事件|因监管缺位导致的事件]。',
    ],
    middles: [
      '经查，{agency}相关人员在日常监管中履职不力，对群众多次举报未及时核查处理，对问题发生负有监管责任。',
      '依据有关规定，给予{agency}分管负责人政务记过处分，对其他相关人员分别予以诫勉、批评教育。',
      '涉事企业负责人已被移送司法机关，企业被纳入失信联合惩戒对象名单。',
    ],
    endings: ['{city}表示，将以案为鉴，切实改进工作作风。', '问责情况已报上级纪委监委备案。'],
  },
];
