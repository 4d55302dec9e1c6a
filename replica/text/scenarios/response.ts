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
  {
    id: 'response-interview',
    kind: 'response',
    sector: null,
    domain: null,
    channel: 'local',
    city: 'required',
    headlines: [
      '{city}约谈{brand}等企业负责人',
      '{cityS}就{topic}约谈辖区主管部门',
      '[跟进|追踪]｜{place}{topic}：监管部门约谈企业，要求限期说明情况',
    ],
    leads: [
      '{dateline}{recent}，{agency}约谈{company}主要负责人，要求其就{topic}作出书面说明，并在{n}个工作日内提交整改报告。',
      '{dateline}{recent}，{city}召集多个部门召开专题会，就{topic}听取情况汇报，当场明确牵头单位和完成时限。',
    ],
    middles: [
      '约谈中，执法人员逐条指出企业在管理制度、人员培训、台账记录等方面存在的问题。',
      '企业负责人表示，将全力配合调查，认真对照问题清单逐项落实。',
      '会议明确，由{agency}牵头，会同公安、应急等部门组成工作专班，每周调度一次进展。',
      '记者了解到，此前已有群众通过12345热线反映过相关情况。',
    ],
    endings: ['后续情况将及时通报。', '{agency}表示将跟踪督办，确保问题解决到位。'],
  },
  {
    id: 'response-compensation',
    kind: 'response',
    sector: null,
    domain: null,
    channel: 'society',
    city: 'required',
    headlines: [
      '{topic}受害者获先行赔付 {cityS}设立专门受理窗口',
      '{cityS}：{topic}涉及群众的诉求已全部登记',
      '{place}为{topic}受影响群众开通绿色通道',
    ],
    leads: [
      '{dateline}{recent}，{city}在{place}设立专门窗口，受理{topic}受影响群众的诉求，已登记{n}批次。',
      '{dateline}{recent}，记者从{city}有关方面获悉，针对{topic}，当地已推动{company}对受影响群众先行赔付。',
    ],
    middles: [
      '工作人员介绍，窗口实行“一站式”办理，群众提交材料后，符合条件的可在7个工作日内拿到款项。',
      '截至目前，已办结{n2}批，涉及金额{small}，其余正在核实中。',
      '{official}{person}说，维护群众合法权益是处置工作的首要任务，决不让老实人吃亏。',
      '据悉，相关费用最终将依法向责任方追偿。',
    ],
    endings: ['群众可拨打当地12345热线咨询办理进度。', '处置工作仍在进行中。'],
  },
  {
    id: 'response-new-rule',
    kind: 'response',
    sector: null,
    domain: null,
    channel: 'politics',
    city: 'required',
    headlines: [
      '{city}印发{doc}',
      '从“一个案子”到“一类问题”：{cityS}出台{doc}',
      '{cityS}以{topic}为鉴建章立制',
    ],
    leads: [
      '{dateline}{recent}，{city}印发{doc}，这是当地在处置{topic}后出台的又一项制度性安排。',
      '{dateline}{recent}，{city}政府常务会议审议通过{doc}，针对近期暴露的{topic}补齐制度短板。',
    ],
    middles: [
      '文件提出，对同类企业实行信用分级分类监管，检查结果与企业信用等级挂钩，对失信主体提高抽查比例。',
      '文件同时明确了行业主管部门、属地政府的责任清单，对履职不力的依规依纪追究责任。',
      '业内人士认为，从个案处置走向制度完善，是提升城市治理水平的应有之义。',
    ],
    endings: ['文件自印发之日起实施。', '相关部门将出台配套措施。'],
  },
];
